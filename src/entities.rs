//! Mentions → entities. (stage 3; being written)
use crate::analysis::Entity;
use crate::mentions::Mention;
use crate::text::Document;
pub fn merge(_doc: &Document, _mentions: Vec<Mention>) -> Vec<Entity> { Vec::new() }
