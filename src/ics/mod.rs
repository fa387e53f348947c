//! iCalendar rendering.
