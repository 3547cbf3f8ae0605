//! Text analysers shared by the rules. Phrase lists live in `data/`, apart
//! from the logic, and compile once per process.

pub mod classify;
pub mod fold;
pub mod money;
pub mod pattern;
pub mod sentiment;
pub mod similarity;
pub mod spelling;
pub mod tokens;
