//! Evaluation against the corpus. (being written)
