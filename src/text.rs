//! Text → paragraphs, sentences and tokens. (stage 1; being written)
pub struct Document<'t> { pub text: &'t str }
impl<'t> Document<'t> { pub fn parse(text: &'t str) -> Self { Document { text } } }
