//! IP and socket addresses: octets in network order, ports and flow fields as numbers.

use core::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, SocketAddrV4, SocketAddrV6};

use super::{part, parts, variants};
use crate::schema::{Schema, Shape, Variant, of};
use crate::{ByteRepr, Sink, size};

/// The shape of `IpAddr` and `SocketAddr`: tag 0 then the `V4`, or tag 1 then the `V6`. A
/// macro, not a `const fn`: the variants' slices must be constants of the impl.
macro_rules! v4_or_v6 {
    ($v4:ty, $v6:ty) => {
        variants(&[
            Variant {
                name: "V4",
                tag: 0,
                fields: &[part("0", of::<$v4>)],
            },
            Variant {
                name: "V6",
                tag: 1,
                fields: &[part("0", of::<$v6>)],
            },
        ])
    };
}

/// The 4 octets, as `[u8; 4]`.
impl ByteRepr for Ipv4Addr {
    const ENCODED_SIZE: Option<usize> = <[u8; 4]>::ENCODED_SIZE;
    const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Array {
        len: 4,
        item: of::<u8>,
    });

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        self.octets().write_to(sink)
    }
}

/// The 16 octets, as `[u8; 16]`.
impl ByteRepr for Ipv6Addr {
    const ENCODED_SIZE: Option<usize> = <[u8; 16]>::ENCODED_SIZE;
    const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Array {
        len: 16,
        item: of::<u8>,
    });

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        self.octets().write_to(sink)
    }
}

/// Tag 0 then a `V4`, or tag 1 then a `V6`.
impl ByteRepr for IpAddr {
    const SCHEMA: &'static Schema = &Schema::new::<Self>(v4_or_v6!(Ipv4Addr, Ipv6Addr));

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        match self {
            IpAddr::V4(addr) => {
                sink.write_tag(0)?;
                addr.write_to(sink)
            }
            IpAddr::V6(addr) => {
                sink.write_tag(1)?;
                addr.write_to(sink)
            }
        }
    }
}

/// The address, then the port as a `u16`.
impl ByteRepr for SocketAddrV4 {
    const ENCODED_SIZE: Option<usize> = size::sum(&[Ipv4Addr::ENCODED_SIZE, Some(size::U16)]);
    const SCHEMA: &'static Schema = &Schema::new::<Self>(parts(&[
        part("ip", of::<Ipv4Addr>),
        part("port", of::<u16>),
    ]));

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        self.ip().write_to(sink)?;
        sink.write_u16(self.port())
    }
}

/// The address, the port (`u16`), the flow info (`u32`), the scope id (`u32`).
impl ByteRepr for SocketAddrV6 {
    const ENCODED_SIZE: Option<usize> = size::sum(&[
        Ipv6Addr::ENCODED_SIZE,
        Some(size::U16),
        Some(size::U32),
        Some(size::U32),
    ]);
    const SCHEMA: &'static Schema = &Schema::new::<Self>(parts(&[
        part("ip", of::<Ipv6Addr>),
        part("port", of::<u16>),
        part("flowinfo", of::<u32>),
        part("scope_id", of::<u32>),
    ]));

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        self.ip().write_to(sink)?;
        sink.write_u16(self.port())?;
        sink.write_u32(self.flowinfo())?;
        sink.write_u32(self.scope_id())
    }
}

/// Tag 0 then a `V4`, or tag 1 then a `V6`.
impl ByteRepr for SocketAddr {
    const SCHEMA: &'static Schema = &Schema::new::<Self>(v4_or_v6!(SocketAddrV4, SocketAddrV6));

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        match self {
            SocketAddr::V4(addr) => {
                sink.write_tag(0)?;
                addr.write_to(sink)
            }
            SocketAddr::V6(addr) => {
                sink.write_tag(1)?;
                addr.write_to(sink)
            }
        }
    }
}
