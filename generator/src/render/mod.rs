//! Tera templates over plain views, Markdown, the translation table.

pub mod evaluation;
pub mod i18n;
pub mod markdown;
pub mod pages;
pub mod svg;
pub mod theme;
pub mod views;
