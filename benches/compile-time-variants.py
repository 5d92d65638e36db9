#!/usr/bin/env python3
"""What the parts of `#[derive(ByteRepr)]`'s output cost to compile, in rustc instructions.

The crate of benches/compile-time.sh (200 structs of 6 fields, 50 enums of 4 variants) with
the impls written out by hand, the way the derive writes them ("full"), and variants of that
output with one part removed or written another way. Each crate's own rebuild (debug,
CARGO_INCREMENTAL=0) runs under `valgrind --tool=cachegrind`: instruction counts repeat
exactly on a busy machine. Two references are built the same way: the derive itself
("derive") and borsh's derive ("borsh").

    python3 benches/compile-time-variants.py              # every variant, about 30 s each
    python3 benches/compile-time-variants.py full tuple   # some of them

The crates go under $CARGO_TARGET_DIR/compile-time/variants (default target/), as one
workspace with the repository's Cargo.lock, built offline. Only the derived code changes
between variants: the derive is not involved except in "derive".
"""
import os
import re
import shutil
import subprocess
import sys

TYPES = ["u64", "String", "Vec<u32>", "Option<i32>", "bool", "f64", "i16", "Vec<u8>"]
BR = "::byterepr::ByteRepr"
SZ = "::byterepr::__private::size"

# name: (options, what it is)
VARIANTS = {
    "derive": (None, "`#[derive(byterepr::ByteRepr)]` itself (the proc macro runs)"),
    "borsh": (None, "`#[derive(borsh::BorshSerialize)]` (the reference)"),
    "borsh_written": (None, "borsh's derive output, written out (as its `-Zunpretty=expanded`)"),
    "full": ({}, "the derive's output today, written out"),
    "no_wrapper": (dict(wrapper=False), "without the `const _: () = { .. };` wrapper"),
    "no_inline": (dict(inline=False), "without `#[inline]` on `write_to` and `encoded_len`"),
    "no_size": (dict(size=False), "without `ENCODED_SIZE` (and `encoded_len`'s early return)"),
    "len_no_early": (dict(early=False), "`encoded_len` without the `if let Some(..) = ENCODED_SIZE` return"),
    "no_len": (dict(len=False), "without the `encoded_len` override (the trait's default)"),
    "write_only": (dict(size=False, len=False), "`write_to` only"),
    "no_question": (dict(question=False), "`if let Err(e) = .. { return Err(e) }` for every `?`"),
    "len_seq": (dict(lenform="seq"), "`encoded_len` as `n = add(n, ..);` statements, not nested calls"),
    "len_unq": (dict(qualified_len=False), "`ByteRepr::encoded_len(&f)`, not `<T as ByteRepr>::encoded_len(&f)`"),
    "write_noq": (dict(size=False, len=False, question=False), "`write_to` only, no `?`"),
    "no_len_noq": (dict(len=False, question=False), "no `encoded_len` override, no `?`"),
    "tuple": (dict(tuple=True), "every impl forwards to the tuple of its fields' references"),
    "tuple_noq": (dict(tuple=True, question=False), "`tuple`, and an enum's tag written by a helper, no `?`"),
    "tuple_noq_assert": (dict(tuple=True, question=False, assert_fields=True),
                         "`tuple_noq` plus `fn _() where Field: ByteRepr, .. {}` per type"),
}

def opt(o, k, d=True):
    return o.get(k, d)

def call_write(o, ty, expr):
    if opt(o, "qualified"):
        c = f"<{ty} as {BR}>::write_to({expr}, __sink)"
    else:
        c = f"{BR}::write_to({expr}, __sink)"
    if opt(o, "question"):
        return f"{c}?;"
    return f"if let ::core::result::Result::Err(e) = {c} {{ return ::core::result::Result::Err(e); }}"

def sz(o):
    return "__s" if opt(o, "alias", False) else SZ

def call_len(o, ty, expr):
    if opt(o, "qualified_len"):
        return f"<{ty} as {BR}>::encoded_len({expr})"
    return f"{BR}::encoded_len({expr})"

def add_chain(o, start, parts):
    if opt(o, "lenform", "nested") == "seq":
        body = f"let mut __n: usize = {start};\n"
        for p in parts:
            body += f"__n = {sz(o)}::add(__n, {p});\n"
        return "{ " + body + "__n }"
    acc = start
    for p in parts:
        acc = f"{sz(o)}::add({acc}, {p})"
    return acc

def wrap(o, name, items):
    inline = "#[inline]\n" if opt(o, "inline") else ""
    body = f"#[automatically_derived]\nimpl {BR} for {name} {{\n"
    for kind, text in items:
        if kind == "fn":
            body += inline
        body += text + "\n"
    body += "}\n"
    if opt(o, "wrapper"):
        alias = f"use {SZ} as __s;\n" if opt(o, "alias", False) else ""
        return f"const _: () = {{\n{alias}{body}}};\n"
    return body

WRITE_SIG = (f"fn write_to<S: ::byterepr::Sink + ?::core::marker::Sized>(&self, __sink: &mut S)"
             f" -> ::core::result::Result<(), <S as ::byterepr::Sink>::Error>")
EARLY = (f"if let ::core::option::Option::Some(__size) = <Self as {BR}>::ENCODED_SIZE "
         f"{{ return __size; }}\n")

def tup(xs):
    return "(" + "".join(x + ", " for x in xs) + ")"

HELPER = f"""
#[inline]
fn __tagged<T: {BR} + ?Sized, S: ::byterepr::Sink + ?::core::marker::Sized>(__sink: &mut S, tag: u32, fields: &T)
    -> ::core::result::Result<(), <S as ::byterepr::Sink>::Error> {{
    match ::byterepr::Sink::write_tag(__sink, tag) {{
        ::core::result::Result::Ok(()) => {BR}::write_to(fields, __sink),
        ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
    }}
}}
"""

def assert_fields(o, types):
    if not opt(o, "assert_fields", False):
        return ""
    bounds = ", ".join(f"{t}: {BR}" for t in types)
    return f"fn __fields_are_byterepr() where {bounds} {{}}\n"

def pat(v, kind, fs):
    """The match pattern of a variant, its fields bound to __field0, __field1, ..."""
    if kind == "unit":
        return f"Self::{v} {{ .. }}"
    binds = ", ".join(f"{f}: __field{k}" for k, (f, _) in enumerate(fs))
    return f"Self::{v} {{ {binds}, .. }}"

def struct_impl_tuple(o, name, fields):
    items = []
    refs = tup(f"&self.{f}" for f, _ in fields)
    if opt(o, "size"):
        items.append(("const", f"const ENCODED_SIZE: ::core::option::Option<::core::primitive::usize> = <{tup(t for _, t in fields)} as {BR}>::ENCODED_SIZE;"))
    items.append(("fn", f"{WRITE_SIG} {{\n{BR}::write_to(&{refs}, __sink)\n}}"))
    if opt(o, "len"):
        items.append(("fn", f"fn encoded_len(&self) -> ::core::primitive::usize {{\n{BR}::encoded_len(&{refs})\n}}"))
    return assert_fields(o, [t for _, t in fields]).replace("__fields_are_byterepr", f"__fields_are_byterepr_{name.lower()}") + wrap(o, name, items)

def enum_impl_tuple(o, name, variants):
    items = []
    if opt(o, "size"):
        vs = [f"{sz(o)}::sum(&[::core::option::Option::Some({sz(o)}::tag({tag}u32)), <{tup(t for _, t in fs)} as {BR}>::ENCODED_SIZE])"
              for tag, (v, kind, fs) in enumerate(variants)]
        items.append(("const", f"const ENCODED_SIZE: ::core::option::Option<::core::primitive::usize> = {sz(o)}::same(&[{', '.join(vs)}]);"))
    arms = []
    for tag, (v, kind, fs) in enumerate(variants):
        refs = tup(f"__field{k}" for k in range(len(fs)))
        if opt(o, "question"):
            arms.append(f"{pat(v, kind, fs)} => {{ ::byterepr::Sink::write_tag(__sink, {tag}u32)?; {BR}::write_to(&{refs}, __sink) }}")
        else:
            arms.append(f"{pat(v, kind, fs)} => __tagged(__sink, {tag}u32, &{refs}),")
    items.append(("fn", f"{WRITE_SIG} {{\nmatch self {{\n{chr(10).join(arms)}\n}}\n}}"))
    if opt(o, "len"):
        early = EARLY if opt(o, "size") and opt(o, "early") else ""
        larms = [f"{pat(v, kind, fs)} => {sz(o)}::add({sz(o)}::tag({tag}u32), {BR}::encoded_len(&{tup(f'__field{k}' for k in range(len(fs)))})),"
                 for tag, (v, kind, fs) in enumerate(variants)]
        items.append(("fn", f"fn encoded_len(&self) -> ::core::primitive::usize {{\n{early}match self {{\n{chr(10).join(larms)}\n}}\n}}"))
    return assert_fields(o, [t for v in variants for _, t in v[2]]).replace("__fields_are_byterepr", f"__fields_are_byterepr_{name.lower()}") + wrap(o, name, items)

def struct_impl(o, name, fields):
    if opt(o, "tuple", False):
        return struct_impl_tuple(o, name, fields)
    items = []
    if opt(o, "size"):
        parts = ", ".join(f"<{t} as {BR}>::ENCODED_SIZE" for _, t in fields)
        items.append(("const", f"const ENCODED_SIZE: ::core::option::Option<::core::primitive::usize> = {sz(o)}::sum(&[{parts}]);"))
    w = "\n".join(call_write(o, t, f"&self.{f}") for f, t in fields)
    items.append(("fn", f"{WRITE_SIG} {{\n{w}\n::core::result::Result::Ok(())\n}}"))
    if opt(o, "len"):
        early = EARLY if opt(o, "size") and opt(o, "early") else ""
        chain = add_chain(o, "0usize", [call_len(o, t, f"&self.{f}") for f, t in fields])
        items.append(("fn", f"fn encoded_len(&self) -> ::core::primitive::usize {{\n{early}{chain}\n}}"))
    return wrap(o, name, items)

def enum_impl(o, name, variants):
    # variants: (vname, kind, [(fname, ty)])
    if opt(o, "tuple", False):
        return enum_impl_tuple(o, name, variants)
    items = []
    if opt(o, "size"):
        vs = []
        for tag, (v, kind, fs) in enumerate(variants):
            parts = [f"::core::option::Option::Some({sz(o)}::tag({tag}u32))"] + [f"<{t} as {BR}>::ENCODED_SIZE" for _, t in fs]
            vs.append(f"{sz(o)}::sum(&[{', '.join(parts)}])")
        items.append(("const", f"const ENCODED_SIZE: ::core::option::Option<::core::primitive::usize> = {sz(o)}::same(&[{', '.join(vs)}]);"))
    arms = []
    for tag, (v, kind, fs) in enumerate(variants):
        t = f"::byterepr::Sink::write_tag(__sink, {tag}u32)"
        t = f"{t}?;" if opt(o, "question") else f"if let ::core::result::Result::Err(e) = {t} {{ return ::core::result::Result::Err(e); }}"
        ws = "\n".join(call_write(o, ty, f"__field{k}") for k, (_, ty) in enumerate(fs))
        arms.append(f"{pat(v, kind, fs)} => {{\n{t}\n{ws}\n}}")
    items.append(("fn", f"{WRITE_SIG} {{\nmatch self {{\n{chr(10).join(arms)}\n}}\n::core::result::Result::Ok(())\n}}"))
    if opt(o, "len"):
        early = EARLY if opt(o, "size") and opt(o, "early") else ""
        larms = []
        for tag, (v, kind, fs) in enumerate(variants):
            larms.append(f"{pat(v, kind, fs)} => " + add_chain(o, f"{sz(o)}::tag({tag}u32)", [call_len(o, ty, f"__field{k}") for k, (_, ty) in enumerate(fs)]) + ",")
        items.append(("fn", f"fn encoded_len(&self) -> ::core::primitive::usize {{\n{early}{sz(o)}::add(0usize, match self {{\n{chr(10).join(larms)}\n}})\n}}"))
    return wrap(o, name, items)

def source(o):
    out = ["#![allow(dead_code, unused_variables)]"]
    if opt(o, "tuple", False) and not opt(o, "question"):
        out.append(HELPER)
    for i in range(200):
        fields = [(f"f{f}", TYPES[(i + f) % 8]) for f in range(6)]
        out.append(f"pub struct S{i} {{\n" + "".join(f"    pub {f}: {t},\n" for f, t in fields) + "}")
        out.append(struct_impl(o, f"S{i}", fields))
    for i in range(50):
        vs = [("Unit", "unit", []),
              ("Tuple", "tuple", [("0", TYPES[i % 8]), ("1", "String")]),
              ("Struct", "struct", [("a", "u64"), ("b", TYPES[(i + 2) % 8]), ("c", "Option<bool>")]),
              ("One", "tuple", [("0", TYPES[(i + 5) % 8])])]
        decl = "pub enum E%d {\n    Unit,\n    Tuple(%s, String),\n    Struct { a: u64, b: %s, c: Option<bool> },\n    One(%s),\n}" % (
            i, TYPES[i % 8], TYPES[(i + 2) % 8], TYPES[(i + 5) % 8])
        out.append(decl)
        out.append(enum_impl(o, f"E{i}", vs))
    return "\n".join(out) + "\n"


def derived(attr):
    """The crate with a real derive: the same types, no impls."""
    out = ["#![allow(dead_code)]"]
    for i in range(200):
        out.append(f"{attr}\npub struct S{i} {{\n" + "".join(
            f"    pub f{f}: {TYPES[(i + f) % 8]},\n" for f in range(6)) + "}")
    for i in range(50):
        out.append(f"{attr}\npub enum E{i} {{\n    Unit,\n    Tuple({TYPES[i % 8]}, String),\n"
                   f"    Struct {{ a: u64, b: {TYPES[(i + 2) % 8]}, c: Option<bool> }},\n"
                   f"    One({TYPES[(i + 5) % 8]}),\n}}")
    return "\n".join(out) + "\n"


def borsh_written():
    """What `#[derive(borsh::BorshSerialize)]` expands to for the same types."""
    out = ["#![allow(dead_code)]"]
    sig = ("fn serialize<__W: borsh::io::Write>(&self, writer: &mut __W)"
           " -> ::core::result::Result<(), borsh::io::Error>")
    for i in range(200):
        out.append(f"pub struct S{i} {{\n" + "".join(
            f"    pub f{f}: {TYPES[(i + f) % 8]},\n" for f in range(6)) + "}")
        body = "".join(f"borsh::BorshSerialize::serialize(&self.f{f}, writer)?;\n" for f in range(6))
        out.append(f"#[automatically_derived]\nimpl borsh::ser::BorshSerialize for S{i} {{\n"
                   f"{sig} {{\n{body}Ok(())\n}}\n}}")
    for i in range(50):
        out.append(f"pub enum E{i} {{\n    Unit,\n    Tuple({TYPES[i % 8]}, String),\n"
                   f"    Struct {{ a: u64, b: {TYPES[(i + 2) % 8]}, c: Option<bool> }},\n"
                   f"    One({TYPES[(i + 5) % 8]}),\n}}")
        out.append(f"""#[automatically_derived]
impl borsh::ser::BorshSerialize for E{i} {{
{sig} {{
let variant_idx: u8 = match self {{
E{i}::Unit => 0u8,
E{i}::Tuple(..) => 1u8,
E{i}::Struct {{ .. }} => 2u8,
E{i}::One(..) => 3u8,
}};
writer.write_all(&variant_idx.to_le_bytes())?;
match self {{
E{i}::Tuple(id0, id1) => {{
borsh::BorshSerialize::serialize(id0, writer)?;
borsh::BorshSerialize::serialize(id1, writer)?;
}}
E{i}::Struct {{ a, b, c, .. }} => {{
borsh::BorshSerialize::serialize(a, writer)?;
borsh::BorshSerialize::serialize(b, writer)?;
borsh::BorshSerialize::serialize(c, writer)?;
}}
E{i}::One(id0) => {{
borsh::BorshSerialize::serialize(id0, writer)?;
}}
_ => {{}}
}}
Ok(())
}}
}}""")
    return "\n".join(out) + "\n"


def write_if_changed(path, text):
    if os.path.exists(path) and open(path).read() == text:
        return
    with open(path, "w") as f:
        f.write(text)


def main():
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(repo, "target"))
    root = os.path.join(target, "compile-time", "variants")
    names = sys.argv[1:] or list(VARIANTS)
    for n in names:
        if n not in VARIANTS:
            sys.exit(f"unknown variant {n}; the variants: {', '.join(VARIANTS)}")
    byterepr = f'byterepr = {{ path = "{repo}/byterepr", default-features = false, features = ["std", "derive"] }}'
    for n, (options, _) in VARIANTS.items():
        d = os.path.join(root, f"v_{n}")
        os.makedirs(os.path.join(d, "src"), exist_ok=True)
        dep = 'borsh = { version = "1", features = ["derive"] }' if n.startswith("borsh") else byterepr
        write_if_changed(os.path.join(d, "Cargo.toml"),
                         f'[package]\nname = "v_{n}"\nversion = "0.0.0"\nedition = "2024"\n'
                         f'publish = false\n\n[dependencies]\n{dep}\n')
        if n == "derive":
            text = derived("#[derive(byterepr::ByteRepr)]")
        elif n == "borsh":
            text = derived("#[derive(borsh::BorshSerialize)]")
        elif n == "borsh_written":
            text = borsh_written()
        else:
            text = source(options)
        write_if_changed(os.path.join(d, "src", "lib.rs"), text)
    write_if_changed(os.path.join(root, "Cargo.toml"),
                     '[workspace]\nresolver = "3"\nmembers = ['
                     + ", ".join(f'"v_{n}"' for n in VARIANTS) + "]\n")
    shutil.copy(os.path.join(repo, "Cargo.lock"), os.path.join(root, "Cargo.lock"))
    wrapper = os.path.join(root, "count-rustc.sh")
    write_if_changed(wrapper, """#!/usr/bin/env bash
rustc=$1
shift
case " $* " in
    *" --crate-name v_"*)
        exec valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \\
            --log-file="$COUNT_LOG" "$rustc" "$@" ;;
    *) exec "$rustc" "$@" ;;
esac
""")
    os.chmod(wrapper, 0o755)
    env = dict(os.environ, CARGO_INCREMENTAL="0", CARGO_TARGET_DIR=os.path.join(root, "target"))
    print("building the dependencies (not counted)...", file=sys.stderr)
    subprocess.run(["cargo", "build", "--offline", "--quiet", "--workspace"], cwd=root, env=env, check=True)
    counts = {}
    for n in names:
        log = os.path.join(root, f"count-{n}.log")
        os.utime(os.path.join(root, f"v_{n}", "src", "lib.rs"))
        subprocess.run(["cargo", "build", "--offline", "--quiet", "-p", f"v_{n}"], cwd=root, check=True,
                       env=dict(env, RUSTC_WORKSPACE_WRAPPER=wrapper, COUNT_LOG=log))
        counts[n] = int(re.search(r"I\s+refs:\s+([\d,]+)", open(log).read()).group(1).replace(",", ""))
        print(f"{n}: {counts[n]}", file=sys.stderr)
    full, borsh = counts.get("full"), counts.get("borsh")
    print("| variant | what | rustc instructions | vs full | / borsh derive |")
    print("|---|---|---:|---:|---:|")
    for n in names:
        c = counts[n]
        vs_full = f"{(c - full) / 1e9:+.3f} G ({(c - full) / full:+.1%})" if full else "-"
        vs_borsh = f"{c / borsh:.2f}" if borsh else "-"
        print(f"| {n} | {VARIANTS[n][1]} | {c / 1e9:.3f} G | {vs_full} | {vs_borsh} |")


if __name__ == "__main__":
    main()
