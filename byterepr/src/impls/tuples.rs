//! `()` and tuples up to 16 elements: the elements one after another, nothing else; and the
//! derive's `Fields` for tuples of as many references (`impls/fields.rs`).

use super::fields::Fields;
use crate::explain::{Part, begin_index};
use crate::schema::{Scalar, Schema, Shape, of};
use crate::{ByteRepr, Sink, size};

impl ByteRepr for () {
    const ENCODED_SIZE: Option<usize> = size::sum(&[]);
    const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Scalar(Scalar::Unit));

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, _sink: &mut S) -> Result<(), S::Error> {
        Ok(())
    }
}

macro_rules! tuple_impls {
    ($(($($name:ident $index:tt),+);)*) => {$(
        impl<$($name: ByteRepr),+> ByteRepr for ($($name,)+) {
            const ENCODED_SIZE: Option<usize> = size::sum(&[$($name::ENCODED_SIZE),+]);
            const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Tuple(&[$(of::<$name>),+]));

            #[inline]
            fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
                // Each element is a `Part::Index` (built in `begin_index`'s frame: the type
                // name is not a constant), nothing for sinks other than the explaining one.
                $(
                    begin_index::<$name, S>(sink, $index);
                    self.$index.write_to(sink)?;
                    sink.end_part();
                )+
                Ok(())
            }

            #[inline]
            fn encoded_len(&self) -> usize {
                Fields::fields_len(&($(&self.$index,)+))
            }
        }

        #[diagnostic::do_not_recommend]
        impl<$($name: ByteRepr + ?Sized),+> Fields for ($(&$name,)+) {
            const SIZE: Option<usize> = size::sum(&[$($name::ENCODED_SIZE),+]);
            #[cfg(feature = "schema")]
            const SCHEMAS: &'static [crate::schema::SchemaFn] = &[$(of::<$name>),+];

            #[inline]
            fn write_fields<S: Sink + ?Sized>(
                &self,
                parts: &'static [Part],
                sink: &mut S,
            ) -> Result<(), S::Error> {
                $(
                    sink.begin_part(&parts[$index]);
                    self.$index.write_to(sink)?;
                    sink.end_part();
                )+
                Ok(())
            }

            #[inline]
            fn fields_len(&self) -> usize {
                if let Some(size) = Self::SIZE {
                    return size;
                }
                let total = 0;
                $(let total = size::add(total, self.$index.encoded_len());)+
                total
            }
        }
    )*};
}

tuple_impls! {
    (A 0);
    (A 0, B 1);
    (A 0, B 1, C 2);
    (A 0, B 1, C 2, D 3);
    (A 0, B 1, C 2, D 3, E 4);
    (A 0, B 1, C 2, D 3, E 4, F 5);
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6);
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10);
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11);
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12);
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13);
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14);
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15);
}
