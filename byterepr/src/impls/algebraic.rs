//! `Option` and `Result`: a tag (`write_tag`), then the payload of the variant present.

use crate::explain::Part;
use crate::schema::{Schema, Shape, of};
use crate::{ByteRepr, Sink, size};

/// `None` is tag 0; `Some(v)` is tag 1 then `v`.
impl<T: ByteRepr> ByteRepr for Option<T> {
    const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::OptionOf(of::<T>));

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        // The variant is a `Part::Variant`, its tag included (constant parts: promoted
        // statics, nothing for sinks other than the explaining one).
        match self {
            None => {
                sink.begin_part(&Part::Variant { name: "None" });
                sink.write_tag(0)?;
            }
            Some(value) => {
                sink.begin_part(&Part::Variant { name: "Some" });
                sink.write_tag(1)?;
                value.write_to(sink)?;
            }
        }
        sink.end_part();
        Ok(())
    }

    #[inline]
    fn encoded_len(&self) -> usize {
        match self {
            None => size::tag(0),
            Some(value) => size::add(size::tag(1), value.encoded_len()),
        }
    }
}

/// `Ok(v)` is tag 0 then `v`; `Err(e)` is tag 1 then `e`.
impl<T: ByteRepr, E: ByteRepr> ByteRepr for Result<T, E> {
    const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::ResultOf {
        ok: of::<T>,
        err: of::<E>,
    });

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        match self {
            Ok(value) => {
                sink.begin_part(&Part::Variant { name: "Ok" });
                sink.write_tag(0)?;
                value.write_to(sink)?;
            }
            Err(error) => {
                sink.begin_part(&Part::Variant { name: "Err" });
                sink.write_tag(1)?;
                error.write_to(sink)?;
            }
        }
        sink.end_part();
        Ok(())
    }

    #[inline]
    fn encoded_len(&self) -> usize {
        match self {
            Ok(value) => size::add(size::tag(0), value.encoded_len()),
            Err(error) => size::add(size::tag(1), error.encoded_len()),
        }
    }
}
