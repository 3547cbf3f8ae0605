//! Text analysers shared by the rules. Phrase lists live in `data/`, apart
//! from the logic, and compile once per process.

pub mod classify;
pub mod companies;
pub mod edit_distance;
pub mod fasthash;
pub mod fold;
pub mod greeting;
pub mod money;
pub mod names;
pub mod pattern;
pub mod phrases;
pub mod sentiment;
pub mod similarity;
pub mod spelling;
pub mod stance;
pub mod tokens;
pub mod tone;
