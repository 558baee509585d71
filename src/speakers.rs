//! Quotations → speakers. (stage 5; being written)
use crate::analysis::{Entity, Quote};
use crate::text::Document;
pub fn attribute(_doc: &Document, _entities: &[Entity], quotes: Vec<Quote>) -> Vec<Quote> { quotes }
