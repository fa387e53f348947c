//! Text columns read straight into their domain types: a row's field is an `EventStatus`,
//! a `TokenKind`, a `Slug`, a `Tz`, a `Lang` or an `AcademicYear`, never a string parsed (or
//! defaulted) later. A value the type
//! refuses fails the row's decoding, which `StoreError::from` reports as `Corrupt` with the
//! column and the value. The impls live here, not beside the types, so that `plan` stays
//! free of sqlx.

use sqlx::error::BoxDynError;
use sqlx::{Database, Decode, Type};

use super::TokenKind;
use crate::plan::{AcademicYear, EventStatus, Lang, Slug, Tz};

/// Decodes `$t` from a text column through `TryFrom<String>`.
macro_rules! text_column {
    ($($t:ty),+ $(,)?) => {$(
        impl<DB: Database> Type<DB> for $t
        where
            String: Type<DB>,
        {
            fn type_info() -> DB::TypeInfo {
                <String as Type<DB>>::type_info()
            }

            fn compatible(ty: &DB::TypeInfo) -> bool {
                <String as Type<DB>>::compatible(ty)
            }
        }

        impl<'r, DB: Database> Decode<'r, DB> for $t
        where
            String: Decode<'r, DB>,
        {
            fn decode(value: DB::ValueRef<'r>) -> Result<Self, BoxDynError> {
                let text = <String as Decode<'r, DB>>::decode(value)?;
                Ok(<$t>::try_from(text)?)
            }
        }
    )+};
}

text_column!(EventStatus, TokenKind, Tz, Lang, AcademicYear, Slug);
