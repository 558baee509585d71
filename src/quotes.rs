//! Text → quotations. (stage 4; being written)
use crate::analysis::Quote;
pub fn find(_text: &str) -> Vec<Quote> { Vec::new() }
