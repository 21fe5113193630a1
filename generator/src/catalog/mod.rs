//! Folders → typed catalog: `load` parses, `validate` checks the
//! regulation's rules, `model` resolves derived fields.

pub mod frontmatter;
pub mod load;
pub mod model;
pub mod raw;

pub use model::{Agency, App, Dataset, Interaction, Page, Resource, Site};
