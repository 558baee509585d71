//! Word lists compiled in from `data/`. (being written)
