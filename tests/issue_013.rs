//! Regression tests for issue #13: robustness of lengths, sinks and the one-call helpers.

/// Lengths past `usize::MAX` saturate everywhere they are added, so no `encoded_len` wraps
/// into a small number that a writer would trust.
mod encoded_len_saturates {
    use std::collections::{BTreeMap, HashMap, LinkedList};

    use byterepr::{BufferFull, ByteRepr, Sink};

    /// Zero-sized but one byte encoded: arrays of it encode to more bytes than any memory
    /// holds, yet cost nothing to build.
    #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    struct One;

    impl ByteRepr for One {
        const ENCODED_SIZE: Option<usize> = Some(1);

        fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
            sink.write_u8(1)
        }
    }

    const HALF: usize = 1 << (usize::BITS - 1);
    /// Half of `usize::MAX + 1` bytes: two of them overflow a `usize`.
    type Half = [One; HALF];

    #[derive(byterepr::ByteRepr)]
    struct Twice {
        first: Half,
        second: Half,
        last: u8,
    }

    #[derive(byterepr::ByteRepr)]
    enum Variant {
        Twice(Half, Half, u8),
    }

    fn twice() -> Twice {
        Twice {
            first: [One; HALF],
            second: [One; HALF],
            last: 0,
        }
    }

    /// A variable-size element of `HALF + 1` bytes.
    fn big() -> Vec<Half> {
        vec![[One; HALF]]
    }

    #[test]
    fn derived_struct_and_enum_saturate() {
        assert_eq!(byterepr::encoded_len(&twice()), usize::MAX);
        let variant = Variant::Twice([One; HALF], [One; HALF], 0);
        assert_eq!(byterepr::encoded_len(&variant), usize::MAX);
        assert_eq!(byterepr::encoded_len(&Some(twice())), usize::MAX);
    }

    #[test]
    fn sequences_and_maps_saturate() {
        assert_eq!(byterepr::encoded_len(&vec![big(), big()]), usize::MAX);
        assert_eq!(byterepr::encoded_len(&[big(), big()][..]), usize::MAX);
        let list: LinkedList<Vec<Half>> = [big(), big()].into_iter().collect();
        assert_eq!(byterepr::encoded_len(&list), usize::MAX);
        let btree: BTreeMap<u8, Vec<Half>> = [(0, big()), (1, big())].into_iter().collect();
        assert_eq!(byterepr::encoded_len(&btree), usize::MAX);
        let hashed: HashMap<u8, Vec<Half>> = [(0, big()), (1, big())].into_iter().collect();
        assert_eq!(byterepr::encoded_len(&hashed), usize::MAX);
        assert_eq!(byterepr::encoded_len(&(big(), big())), usize::MAX);
    }

    #[test]
    fn to_slice_writes_nothing_for_a_value_larger_than_memory() {
        let mut buf = [0xaa; 8];
        assert_eq!(
            byterepr::to_slice(&twice(), &mut buf),
            Err(BufferFull {
                needed: usize::MAX,
                remaining: 8
            })
        );
        assert_eq!(buf, [0xaa; 8]);
    }

    /// Writes one byte but claims to need every byte there is: a broken hand-written impl.
    struct ClaimsHuge;

    impl ByteRepr for ClaimsHuge {
        fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
            sink.write_u8(7)
        }

        fn encoded_len(&self) -> usize {
            usize::MAX
        }
    }

    #[test]
    fn an_absurd_length_is_only_a_hint_to_the_vec_helpers() {
        assert_eq!(byterepr::to_vec(&ClaimsHuge), [7]);
        let mut bytes = vec![1];
        byterepr::extend_vec(&ClaimsHuge, &mut bytes);
        assert_eq!(bytes, [1, 7]);
    }
}
