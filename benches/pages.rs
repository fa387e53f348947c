//! Placeholder until the page bench lands.
fn main() {}
