//! Adapters (`byterepr::adapt`, `#[byterepr(as = ...)]`), the public byte-sorted writer
//! `write_unordered` and `write_exact_seq`: each must give exactly the bytes of the
//! equivalent `ByteRepr` impl, in both formats, with an exact `encoded_len`.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};

use byterepr::adapt::{As, Same};
use byterepr::{ByteRepr, ByteReprAs, Sink, java};

/// A foreign type without an impl (as if from another crate).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
struct Id(u32);

/// The adapter under test: an `Id` as the decimal string of its number.
struct IdText;

impl ByteReprAs<Id> for IdText {
    fn write_as<S: Sink + ?Sized>(id: &Id, sink: &mut S) -> Result<(), S::Error> {
        sink.write_str(&id.0.to_string())
    }
}

/// The same rule as a `ByteRepr` impl: what a hand-written twin of every container writes.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
struct IdTwin(Id);

impl ByteRepr for IdTwin {
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        IdText::write_as(&self.0, sink)
    }
}

#[allow(
    clippy::trivially_copy_pass_by_ref,
    reason = "it maps iterators of `&Id`"
)]
fn twin(id: &Id) -> IdTwin {
    IdTwin(*id)
}

/// `As::<A, _>` of `value` against `expected` (the twin), in both formats and in length.
fn assert_same<A: ByteReprAs<T> + ?Sized, T: ?Sized, E: ByteRepr + ?Sized>(
    value: &T,
    expected: &E,
) {
    let adapted = As::<A, T>::new(value);
    let bytes = byterepr::to_vec(&adapted);
    assert_eq!(bytes, byterepr::to_vec(expected));
    assert_eq!(adapted.encoded_len(), bytes.len());
    assert_eq!(A::encoded_len_as(value), bytes.len());
    assert_eq!(
        java::to_vec(&adapted).unwrap(),
        java::to_vec(expected).unwrap()
    );
}

fn ids(numbers: &[u32]) -> Vec<Id> {
    numbers.iter().copied().map(Id).collect()
}

#[test]
fn container_adapters_write_the_containers_own_bytes() {
    let list = ids(&[1, 22, 333]);
    assert_same::<Vec<IdText>, _, _>(&list, &list.iter().map(twin).collect::<Vec<_>>());
    assert_same::<[IdText], _, _>(&list[..], &list.iter().map(twin).collect::<Vec<_>>());
    let options = vec![Some(Id(7)), None, Some(Id(1000))];
    let option_twins: Vec<Option<IdTwin>> = options.iter().map(|o| o.as_ref().map(twin)).collect();
    assert_same::<Vec<Option<IdText>>, _, _>(&options, &option_twins);
    let array = [Id(1), Id(2)];
    assert_same::<[IdText; 2], _, _>(&array, &[IdTwin(Id(1)), IdTwin(Id(2))]);
    assert_same::<Box<IdText>, _, _>(&Box::new(Id(5)), &Box::new(IdTwin(Id(5))));
    let results: Vec<Result<Id, u8>> = vec![Ok(Id(3)), Err(4)];
    let result_twins: Vec<Result<IdTwin, u8>> = vec![Ok(IdTwin(Id(3))), Err(4)];
    assert_same::<Vec<Result<IdText, Same>>, _, _>(&results, &result_twins);
    let tuple = (Id(9), 1u8, "x");
    assert_same::<(IdText, Same, Same), _, _>(&tuple, &(IdTwin(Id(9)), 1u8, "x"));
    let deque: VecDeque<Id> = list.iter().copied().collect();
    let deque_twin: VecDeque<IdTwin> = list.iter().map(twin).collect();
    assert_same::<VecDeque<IdText>, _, _>(&deque, &deque_twin);
    let set: BTreeSet<Id> = list.iter().copied().collect();
    let set_twin: BTreeSet<IdTwin> = list.iter().map(twin).collect();
    assert_same::<BTreeSet<IdText>, _, _>(&set, &set_twin);
    let map: BTreeMap<Id, Vec<Id>> = BTreeMap::from([(Id(2), ids(&[3])), (Id(10), ids(&[]))]);
    let map_twin: BTreeMap<IdTwin, Vec<IdTwin>> = map
        .iter()
        .map(|(k, v)| (twin(k), v.iter().map(twin).collect()))
        .collect();
    assert_same::<BTreeMap<IdText, Vec<IdText>>, _, _>(&map, &map_twin);
}

#[test]
fn hashed_adapters_sort_entries_by_the_adapted_bytes() {
    // The entries sort by the adapted bytes: 259 sorts after 7 as text (`03 ..` against
    // `01 37`) and before it as a `u32` (`03 01 00 00` against `07 00 00 00`).
    let map: HashMap<Id, Option<Id>> = (0..40).map(|n| (Id(n * 7), Some(Id(n)))).collect();
    let twin_map: HashMap<IdTwin, Option<IdTwin>> = map
        .iter()
        .map(|(k, v)| (twin(k), v.as_ref().map(twin)))
        .collect();
    assert_same::<HashMap<IdText, Option<IdText>>, _, _>(&map, &twin_map);
    let set: HashSet<Id> = (0..40).map(Id).collect();
    let twin_set: HashSet<IdTwin> = set.iter().map(twin).collect();
    assert_same::<HashSet<IdText>, _, _>(&set, &twin_set);
    // Keys kept as they are, through `Same`.
    let by_name: HashMap<String, Vec<Id>> =
        HashMap::from([("b".into(), ids(&[1])), ("a".into(), ids(&[2, 3]))]);
    let twin_by_name: HashMap<String, Vec<IdTwin>> = by_name
        .iter()
        .map(|(k, v)| (k.clone(), v.iter().map(twin).collect()))
        .collect();
    assert_same::<HashMap<Same, Vec<IdText>>, _, _>(&by_name, &twin_by_name);
}

/// An adapter that changes nothing, mirroring the value of the test below. Adapter types
/// are markers, never built, so a map of zero-sized ones allocates nothing.
#[allow(
    clippy::zero_sized_map_values,
    reason = "an adapter type, never instantiated"
)]
type Identity = (
    Vec<Option<Same>>,
    HashMap<Same, Same>,
    [Same; 2],
    Box<BTreeMap<Same, HashSet<Same>>>,
);

#[test]
fn same_is_the_identity_through_every_container() {
    let value = (
        vec![Some(1u64), None],
        HashMap::from([(1u8, "a"), (2, "bc")]),
        [0.5f64, f64::NAN],
        Box::new(BTreeMap::from([("k", HashSet::from([3i16, -3]))])),
    );
    assert_same::<Identity, _, _>(&value, &value);
    assert_same::<Same, _, _>(&value, &value);
}

/// What the derive generates for `as` against the impl a user would write by hand.
mod derive_as {
    use super::*;

    #[derive(ByteRepr)]
    struct Team {
        name: String,
        #[byterepr(as = Vec<Option<IdText>>)]
        members: Vec<Option<Id>>,
        #[byterepr(as = HashMap<Same, IdText>)]
        roles: HashMap<String, Id>,
        #[byterepr(as = IdText)]
        lead: Id,
    }

    struct HandWritten<'a>(&'a Team);

    impl ByteRepr for HandWritten<'_> {
        fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
            let team = self.0;
            sink.write_str(&team.name)?;
            sink.write_len(team.members.len())?;
            for member in &team.members {
                match member {
                    None => sink.write_tag(0)?,
                    Some(id) => {
                        sink.write_tag(1)?;
                        sink.write_str(&id.0.to_string())?;
                    }
                }
            }
            byterepr::write_unordered(sink, &team.roles, |(role, id), entry| {
                entry.write_str(role)?;
                entry.write_str(&id.0.to_string())
            })?;
            sink.write_str(&team.lead.0.to_string())
        }
    }

    fn team() -> Team {
        Team {
            name: "core".into(),
            members: vec![Some(Id(12)), None, Some(Id(3))],
            roles: HashMap::from([
                ("dev".into(), Id(12)),
                ("ops".into(), Id(3)),
                ("qa".into(), Id(40)),
            ]),
            lead: Id(12),
        }
    }

    #[test]
    fn as_writes_the_bytes_of_the_hand_written_impl() {
        let team = team();
        let bytes = byterepr::to_vec(&team);
        assert_eq!(bytes, byterepr::to_vec(&HandWritten(&team)));
        assert_eq!(team.encoded_len(), bytes.len());
        assert_eq!(
            java::to_vec(&team).unwrap(),
            java::to_vec(&HandWritten(&team)).unwrap()
        );
        assert_eq!(<Team as ByteRepr>::ENCODED_SIZE, None);
        // Pinned, so a change to the adapters' bytes shows here: the roles' entries sort
        // by their bytes, so `qa` (a shorter length byte) comes first.
        assert_eq!(
            bytes[..17],
            [
                4, b'c', b'o', b'r', b'e', 3, 1, 2, b'1', b'2', 0, 1, 1, b'3', 3, 2, b'q'
            ]
        );
    }

    /// A generic field: the derive bounds the adapter against the field's type.
    #[derive(ByteRepr)]
    struct Tagged<T> {
        #[byterepr(as = Vec<Same>)]
        values: Vec<T>,
        #[byterepr(as = Option<IdText>)]
        owner: Option<Id>,
    }

    #[test]
    fn a_generic_field_is_bounded_through_its_adapter() {
        let value = Tagged {
            values: vec!["a", "b"],
            owner: Some(Id(1)),
        };
        let expected = (vec!["a", "b"], Some(IdTwin(Id(1))));
        assert_eq!(byterepr::to_vec(&value), byterepr::to_vec(&expected));
        assert_eq!(value.encoded_len(), expected.encoded_len());
    }

    #[derive(ByteRepr)]
    enum Event {
        Joined(#[byterepr(as = IdText)] Id),
        Left {
            #[byterepr(as = [IdText; 2])]
            pair: [Id; 2],
        },
    }

    #[test]
    fn as_in_enum_variants() {
        assert_eq!(byterepr::to_vec(&Event::Joined(Id(5))), [0, 1, b'5']);
        let left = Event::Left {
            pair: [Id(1), Id(22)],
        };
        assert_eq!(byterepr::to_vec(&left), [1, 1, b'1', 2, b'2', b'2']);
        assert_eq!(left.encoded_len(), 6);
    }

    /// A fixed-size rule: an `Id` as its number.
    struct IdNumber;

    impl ByteReprAs<Id> for IdNumber {
        const ENCODED_SIZE_AS: Option<usize> = Some(4);

        fn write_as<S: Sink + ?Sized>(id: &Id, sink: &mut S) -> Result<(), S::Error> {
            sink.write_u32(id.0)
        }
    }

    #[derive(ByteRepr)]
    struct Fixed {
        #[byterepr(as = (IdNumber, Same))]
        pair: (Id, u8),
        #[byterepr(as = [IdNumber; 2])]
        ids: [Id; 2],
    }

    /// Recursive through an adapter: its size is not computed from itself.
    #[derive(ByteRepr)]
    struct Chain(#[byterepr(as = Option<Box<Same>>)] Option<Box<Chain>>);

    #[test]
    fn fixed_size_adapters_keep_the_types_size() {
        assert_eq!(<Fixed as ByteRepr>::ENCODED_SIZE, Some(4 + 1 + 8));
        let fixed = Fixed {
            pair: (Id(1), 2),
            ids: [Id(3), Id(4)],
        };
        assert_eq!(
            byterepr::to_vec(&fixed),
            [1, 0, 0, 0, 2, 3, 0, 0, 0, 4, 0, 0, 0]
        );
        assert_eq!(<Chain as ByteRepr>::ENCODED_SIZE, None);
        let chain = Chain(Some(Box::new(Chain(None))));
        assert_eq!(byterepr::to_vec(&chain), [1, 0]);
        assert_eq!(chain.encoded_len(), 2);
    }

    #[derive(ByteRepr)]
    #[byterepr(evolving)]
    struct Profile {
        id: u8,
        #[byterepr(added, as = Option<IdText>)]
        manager: Option<Id>,
    }

    #[test]
    fn as_on_an_added_field_of_an_evolving_type() {
        let old = Profile {
            id: 7,
            manager: None,
        };
        assert_eq!(byterepr::to_vec(&old), [1, 7]);
        let new = Profile {
            id: 7,
            manager: Some(Id(42)),
        };
        assert_eq!(byterepr::to_vec(&new), [5, 7, 1, 2, b'4', b'2']);
        assert_eq!(new.encoded_len(), 6);
        // The Java encoding counts the block in its own bytes.
        assert_eq!(
            java::to_vec(&new).unwrap(),
            [0, 0, 0, 9, 7, 0, 0, 0, 1, 0, 2, b'4', b'2']
        );
    }
}

/// A set kept as a `Vec` in insertion order, whose iterator says nothing true about its
/// length: `write_unordered` counts what it yields.
struct Bag(Vec<&'static str>);

struct NoHint<I>(I);

impl<I: Iterator> Iterator for NoHint<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        self.0.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (1000, Some(0))
    }
}

impl ByteRepr for Bag {
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        byterepr::write_unordered(sink, NoHint(self.0.iter()), |item, entry| {
            item.write_to(entry)
        })
    }
}

#[test]
fn write_unordered_is_the_hash_set_encoding_for_any_collection() {
    let words = ["pear", "fig", "apple", "", "kiwi", "a"];
    let set: HashSet<&str> = words.into_iter().collect();
    let mut reversed = words.to_vec();
    reversed.reverse();
    for bag in [Bag(words.to_vec()), Bag(reversed)] {
        assert_eq!(byterepr::to_vec(&bag), byterepr::to_vec(&set));
        assert_eq!(java::to_vec(&bag).unwrap(), java::to_vec(&set).unwrap());
        assert_eq!(bag.encoded_len(), set.encoded_len());
    }
    assert_eq!(byterepr::to_vec(&Bag(Vec::new())), [0]);
}

/// A `with` function over a lazily mapped sequence, in a format whose sink can fail: the
/// error is the sink's own, passed on with `?`.
#[allow(clippy::ptr_arg, reason = "a `with` function takes `&FieldType`")]
fn write_lengths<S: Sink + ?Sized>(words: &Vec<String>, sink: &mut S) -> Result<(), S::Error> {
    byterepr::write_exact_seq(sink, words.iter().map(String::len))?;
    byterepr::write_exact_seq(sink, words.iter().enumerate().map(|(i, w)| (i, w.as_str())))
}

#[derive(ByteRepr)]
struct Words {
    #[byterepr(with = write_lengths)]
    words: Vec<String>,
}

#[test]
fn write_exact_seq_is_the_vec_encoding_and_passes_sink_errors_on() {
    let words = Words {
        words: vec!["ab".into(), "c".into()],
    };
    let expected = (vec![2usize, 1], vec![(0usize, "ab"), (1, "c")]);
    assert_eq!(byterepr::to_vec(&words), byterepr::to_vec(&expected));
    assert_eq!(
        java::to_vec(&words).unwrap(),
        java::to_vec(&expected).unwrap()
    );
    let long = Words {
        words: vec!["x".repeat(70_000)],
    };
    assert!(matches!(
        java::to_vec(&long),
        Err(java::Error::StringTooLong { len: 70_000 })
    ));
    let mut sink = Vec::new();
    byterepr::write_exact_seq(
        &mut sink,
        (0u8..3).rev().zip([true, false, true].iter().copied()),
    )
    .unwrap();
    assert_eq!(
        sink,
        byterepr::to_vec(&vec![(2u8, true), (1, false), (0, true)])
    );
}
