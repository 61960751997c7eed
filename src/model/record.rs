//! `record!`: a struct whose JSON form keeps the fields this version does not know.
//!
//! Why not `#[serde(flatten)]`: flatten buffers the whole object before deserialising it,
//! so every error inside an account would be reported at the closing brace of the file.
//! This macro streams the map instead: known keys go to typed slots, unknown keys to
//! `extra` (a sorted map, so output stays canonical), and serde_json's line and column
//! point at the offending value.
//!
//! Each field has a mode:
//! - `required`: must be present;
//! - `default`: `Default::default()` when absent, always written;
//! - `optional`: an `Option`, absent when `None`;
//! - `list`: a `Vec`, empty when absent, not written when empty;
//! - `map`: a map, empty when absent, not written when empty.

macro_rules! record {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $(
                $(#[doc = $doc:literal])*
                $field:ident : $ty:ty => $key:literal $mode:ident,
            )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq)]
        pub struct $name {
            $( $(#[doc = $doc])* pub $field: $ty, )*
            /// Fields this version does not know, kept so that saving loses nothing.
            pub extra: std::collections::BTreeMap<String, serde_json::Value>,
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeMap;
                let mut map = s.serialize_map(None)?;
                $( record!(@ser $mode, map, $key, self.$field); )*
                for (k, v) in &self.extra {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> serde::de::Visitor<'de> for V {
                    type Value = $name;
                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str(concat!("an object (", stringify!($name), ")"))
                    }
                    #[allow(non_snake_case)]
                    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut m: A) -> Result<$name, A::Error> {
                        $( let mut $field: Option<$ty> = None; )*
                        let mut extra = std::collections::BTreeMap::new();
                        while let Some(key) = m.next_key::<String>()? {
                            match key.as_str() {
                                $(
                                    $key => {
                                        if $field.is_some() {
                                            return Err(serde::de::Error::duplicate_field($key));
                                        }
                                        $field = Some(m.next_value()?);
                                    }
                                )*
                                _ => {
                                    let v: serde_json::Value = m.next_value()?;
                                    if extra.insert(key.clone(), v).is_some() {
                                        return Err(serde::de::Error::custom(format!("duplicate field `{key}`")));
                                    }
                                }
                            }
                        }
                        Ok($name {
                            $( $field: record!(@fin $mode, $field, $key), )*
                            extra,
                        })
                    }
                }
                d.deserialize_map(V)
            }
        }
    };

    (@ser required, $map:ident, $key:literal, $v:expr) => { $map.serialize_entry($key, &$v)?; };
    (@ser default, $map:ident, $key:literal, $v:expr) => { $map.serialize_entry($key, &$v)?; };
    (@ser optional, $map:ident, $key:literal, $v:expr) => {
        if let Some(x) = &$v { $map.serialize_entry($key, x)?; }
    };
    (@ser list, $map:ident, $key:literal, $v:expr) => {
        if !$v.is_empty() { $map.serialize_entry($key, &$v)?; }
    };
    (@ser map, $map:ident, $key:literal, $v:expr) => {
        if !$v.is_empty() { $map.serialize_entry($key, &$v)?; }
    };

    (@fin required, $slot:ident, $key:literal) => {
        $slot.ok_or_else(|| serde::de::Error::missing_field($key))?
    };
    (@fin default, $slot:ident, $key:literal) => { $slot.unwrap_or_default() };
    (@fin optional, $slot:ident, $key:literal) => { $slot.flatten() };
    (@fin list, $slot:ident, $key:literal) => { $slot.unwrap_or_default() };
    (@fin map, $slot:ident, $key:literal) => { $slot.unwrap_or_default() };
}

pub(crate) use record;
