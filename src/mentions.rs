//! Tokens → entity mentions. (stage 2; being written)
use crate::analysis::{EntityType, Span};
use crate::text::Document;
#[derive(Clone, Debug)]
pub struct Mention { pub span: Span, pub kind: EntityType }
pub fn find(_doc: &Document) -> Vec<Mention> { Vec::new() }
