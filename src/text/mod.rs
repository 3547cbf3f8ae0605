//! Text analysers shared by the rules. Phrase lists live in `data/`, apart
//! from the logic, and compile once per process.

pub mod classify;
pub mod fold;
pub mod pattern;
pub mod phrases;
pub mod sentiment;
pub mod stance;
pub mod tokens;
