"""sync.age against the age v1 spec, the reference `age` command and the official testkit vectors.

Failure kinds: MALFORMED for anything wrong with the header (or not an age file at all), DECRYPT for
no matching identity, a bad header MAC and anything wrong with the payload.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import random
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from hypothesis import given, settings
from hypothesis import strategies as st

from sync import age, age_bech32, age_header, age_keys, age_stream
from sync.age_header import Stanza
from sync.errors import SyncError, SyncErrorKind
from tests.optional import command_missing, needs_commands

MALFORMED = SyncErrorKind.MALFORMED
DECRYPT = SyncErrorKind.DECRYPT
DATA = Path(__file__).parent / "data"
CHUNK = age_stream.CHUNK_SIZE
ENC_CHUNK = age_stream.ENCRYPTED_CHUNK_SIZE
SIZES = [0, 1, 65535, 65536, 65537, 200000]

needs_age = needs_commands("age", "age-keygen")


def plaintext_of(size: int, seed: int = 0) -> bytes:
    return random.Random(seed * 1_000_003 + size).randbytes(size)


def kind_of(action: Callable[[], object]) -> SyncErrorKind:
    with pytest.raises(SyncError) as caught:
        action()
    message = str(caught.value)
    assert message and "\n" not in message
    return caught.value.kind


def split(data: bytes) -> tuple[bytes, bytes]:
    """(header including its final newline, payload)."""
    end = data.index(b"\n", data.index(b"\n---") + 1) + 1
    return data[:end], data[end:]


def craft(file_key: bytes, stanzas: list[Stanza], payload: bytes) -> bytes:
    """An age file with the given stanzas and a correct MAC (for grease and edge cases)."""
    mac_input = age_header.encode_header(stanzas)
    mac_key = age_keys.hkdf(file_key, salt=b"", info=b"header")
    mac = hmac.new(mac_key, mac_input, hashlib.sha256).digest()
    return age_header.finish_header(mac_input, mac) + payload


def payload_with(file_key: bytes, chunks: list[tuple[bytes, bool]]) -> bytes:
    """A STREAM payload whose chunk contents and last-chunk flags we choose."""
    nonce = bytes(range(16))
    aead = ChaCha20Poly1305(age_keys.hkdf(file_key, salt=nonce, info=b"payload"))
    out = bytearray(nonce)
    for counter, (chunk, last) in enumerate(chunks):
        out += aead.encrypt(counter.to_bytes(11, "big") + bytes([last]), chunk, None)
    return bytes(out)


@pytest.fixture(scope="module")
def keys() -> tuple[str, str]:
    return age.generate_identity()


@pytest.fixture(scope="module")
def big_file(keys: tuple[str, str]) -> bytes:
    return age.encrypt(plaintext_of(200000), [keys[1]])


# --- keys and Bech32 ----------------------------------------------------------------------------


def test_generated_keys_have_the_standard_encodings() -> None:
    identity, recipient = age.generate_identity()
    assert identity.startswith("AGE-SECRET-KEY-1") and identity == identity.upper()
    assert len(identity) == 74
    assert recipient.startswith("age1") and recipient == recipient.lower()
    assert len(recipient) == 62
    assert age.recipient_of(identity) == recipient
    assert age.recipient_of(identity.lower()) == recipient
    assert age.generate_identity()[0] != identity


@pytest.mark.parametrize(
    "text",
    [
        "A12UEL5L",
        "a12uel5l",
        "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
        "?1ezyfcl",
        "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w",
    ],
)
def test_bech32_bip173_valid(text: str) -> None:
    hrp, data = age_bech32.decode(text)
    assert age_bech32.encode(hrp, data) == text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "A1G7SGD8",
        "10a06t8",
        "1qzzfhee",
        "x1b4n0q5v",
        "li1dgmt3",
        "pzry9x0s0muk",
        "a12UEL5L",
        "de1lg7wt\xff",
        "a12uel5m",
    ],
)
def test_bech32_bip173_invalid(text: str) -> None:
    with pytest.raises(age_bech32.Bech32Error):
        age_bech32.decode(text)


@pytest.mark.parametrize(
    "mangle",
    [
        lambda i: i[:-1] + ("Q" if i[-1] != "Q" else "P"),  # checksum
        lambda i: i[:20] + i[20:].lower(),  # mixed case
        lambda i: age.recipient_of(i),  # a recipient is not an identity
        lambda i: "",
        lambda i: "AGE-SECRET-KEY-1" + i[16:-10],
    ],
)
def test_bad_identity_strings_are_malformed(mangle: Callable[[str], str]) -> None:
    identity, recipient = age.generate_identity()
    data = age.encrypt(b"x", [recipient])
    assert kind_of(lambda: age.decrypt(data, [mangle(identity)])) is MALFORMED


@pytest.mark.parametrize("recipients", [[], ["age1notakey"], ["AGE-SECRET-KEY-1QQQQ"]])
def test_bad_recipients_are_malformed(recipients: list[str]) -> None:
    assert kind_of(lambda: age.encrypt(b"x", recipients)) is MALFORMED


def test_identities_in_reads_a_keygen_file() -> None:
    text = (DATA / "age_cli" / "key1.txt").read_text()
    (identity,) = age.identities_in(text)
    assert f"# public key: {age.recipient_of(identity)}" in text


# --- round trips and the payload layout ---------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
def test_round_trip_and_layout(size: int, keys: tuple[str, str]) -> None:
    data = age.encrypt(plaintext_of(size), [keys[1]])
    _, payload = split(data)
    chunks = max(1, -(-size // CHUNK))
    assert len(payload) == 16 + size + 16 * chunks  # no empty trailing chunk after a full one
    assert age.decrypt(data, [keys[0]]) == plaintext_of(size)


def test_several_recipients_each_open(keys: tuple[str, str]) -> None:
    others = [age.generate_identity() for _ in range(3)]
    data = age.encrypt(b"case 17", [r for _, r in others])
    assert split(data)[0].count(b"\n-> X25519 ") == 3
    for identity, _ in others:
        assert age.decrypt(data, [keys[0], identity]) == b"case 17"
    assert kind_of(lambda: age.decrypt(data, [keys[0]])) is DECRYPT
    assert kind_of(lambda: age.decrypt(data, [])) is DECRYPT


def test_streaming_matches_in_memory(tmp_path: Path, keys: tuple[str, str]) -> None:
    plain = plaintext_of(3 * CHUNK + 1)
    src, enc, dec = tmp_path / "plain", tmp_path / "enc.age", tmp_path / "dec"
    src.write_bytes(plain)
    with src.open("rb") as s, enc.open("wb") as d:
        assert age.encrypt_stream(s, d, [keys[1]]) == len(plain)
    with enc.open("rb") as s, dec.open("wb") as d:
        assert age.decrypt_stream(s, d, [keys[0]]) == len(plain)
    assert dec.read_bytes() == plain
    assert age.decrypt(enc.read_bytes(), [keys[0]]) == plain


@settings(max_examples=40, deadline=None)
@given(
    size=st.one_of(
        st.integers(0, 300),
        st.integers(CHUNK - 3, CHUNK + 3),
        st.integers(2 * CHUNK - 2, 2 * CHUNK + 2),
    ),
    seed=st.integers(0, 2**32),
    n_recipients=st.integers(1, 3),
    opener=st.integers(0, 2),
)
def test_round_trip_property(size: int, seed: int, n_recipients: int, opener: int) -> None:
    pairs = [age.generate_identity() for _ in range(n_recipients)]
    plain = plaintext_of(size, seed)
    data = age.encrypt(plain, [r for _, r in pairs])
    assert age.decrypt(data, [pairs[opener % n_recipients][0]]) == plain
    out = io.BytesIO()
    age.decrypt_stream(io.BytesIO(data), out, [pairs[0][0]])
    assert out.getvalue() == plain


# --- tampering: header -------------------------------------------------------------------------


def test_every_header_byte_flip_is_refused(keys: tuple[str, str]) -> None:
    data = age.encrypt(b"secret", [keys[1]])
    header, _ = split(data)
    for position in range(len(header)):
        for mask in (0x01, 0x20, 0x80):
            tampered = bytearray(data)
            tampered[position] ^= mask
            kind = kind_of(lambda t=bytes(tampered): age.decrypt(t, [keys[0]]))
            assert kind in (MALFORMED, DECRYPT), position


def _reencode_b64(line: bytes, change: Callable[[bytearray], None]) -> bytes:
    raw = bytearray(age_header.b64_decode(line, "test"))
    change(raw)
    return age_header.b64_encode(bytes(raw))


def test_altered_mac_is_a_decrypt_failure(keys: tuple[str, str]) -> None:
    data = age.encrypt(b"secret", [keys[1]])
    header, payload = split(data)
    mac_line = header.splitlines()[-1]
    new_mac = _reencode_b64(mac_line[4:], lambda raw: raw.__setitem__(0, raw[0] ^ 1))
    tampered = header.replace(mac_line, b"--- " + new_mac) + payload
    assert kind_of(lambda: age.decrypt(tampered, [keys[0]])) is DECRYPT


def test_altered_wrapped_key_is_a_decrypt_failure(keys: tuple[str, str]) -> None:
    data = age.encrypt(b"secret", [keys[1]])
    lines = split(data)[0].split(b"\n")
    body = lines[2]
    lines[2] = _reencode_b64(body, lambda raw: raw.__setitem__(5, raw[5] ^ 1))
    assert kind_of(lambda: age.decrypt(b"\n".join(lines) + split(data)[1], [keys[0]])) is DECRYPT


def _with_header_line(data: bytes, index: int, new: bytes) -> bytes:
    header, payload = split(data)
    lines = header.split(b"\n")
    lines[index] = new
    return b"\n".join(lines) + payload


def _noncanonical(line: bytes) -> bytes:
    alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return line[:-1] + bytes([alphabet[alphabet.index(line[-1]) ^ 1]])


HEADER_MUTATIONS: dict[str, Callable[[bytes], bytes]] = {
    "version v2": lambda d: d.replace(b"age-encryption.org/v1", b"age-encryption.org/v2", 1),
    "CRLF": lambda d: split(d)[0].replace(b"\n", b"\r\n") + split(d)[1],
    "empty argument": lambda d: d.replace(b"-> X25519 ", b"-> X25519  ", 1),
    "no arguments": lambda d: _with_header_line(d, 1, b"->"),
    "extra X25519 argument": lambda d: _with_header_line(d, 1, split(d)[0].split(b"\n")[1] + b" x"),
    "short share": lambda d: _with_header_line(d, 1, b"-> X25519 " + b"A" * 42),
    "non-canonical share": lambda d: _with_header_line(
        d, 1, _noncanonical(split(d)[0].split(b"\n")[1])
    ),
    "padded body": lambda d: _with_header_line(d, 2, split(d)[0].split(b"\n")[2] + b"="),
    "non-canonical body": lambda d: _with_header_line(
        d, 2, _noncanonical(split(d)[0].split(b"\n")[2])
    ),
    "missing body": lambda d: d.replace(split(d)[0].split(b"\n")[2] + b"\n", b"", 1),
    "body line too long": lambda d: _with_header_line(d, 2, b"A" * 68),
    "MAC without space": lambda d: d.replace(b"\n--- ", b"\n---", 1),
    "MAC extra space": lambda d: d.replace(b"\n--- ", b"\n---  ", 1),
    "MAC trailing space": lambda d: _with_header_line(d, 3, split(d)[0].split(b"\n")[3] + b" "),
    "MAC truncated": lambda d: _with_header_line(d, 3, split(d)[0].split(b"\n")[3][:-1]),
    "MAC missing": lambda d: _with_header_line(d, 3, b"---"),
    "MAC non-canonical": lambda d: _with_header_line(
        d, 3, _noncanonical(split(d)[0].split(b"\n")[3])
    ),
    "no stanzas": lambda d: b"age-encryption.org/v1\n" + d[d.index(b"--- ") :],
    "non-ASCII argument": lambda d: d.replace(b"-> X25519 ", b"-> X25519 \xc3\xa9 ", 1),
    "not age": lambda d: b"PK\x03\x04" + d,
    "empty": lambda d: b"",
    "random": lambda d: random.Random(1).randbytes(5000),
    "armor garbage": lambda d: b"-----BEGIN AGE ENCRYPTED FILE-----\nnope\n",
}


@pytest.mark.parametrize("name", list(HEADER_MUTATIONS))
def test_header_rules_are_enforced(name: str, keys: tuple[str, str]) -> None:
    data = age.encrypt(b"secret", [keys[1]])
    tampered = HEADER_MUTATIONS[name](data)
    assert tampered != data
    assert kind_of(lambda: age.decrypt(tampered, [keys[0]])) is MALFORMED


# --- stanza types: grease, scrypt, low order -------------------------------------------------------

FILE_KEY = bytes(range(16))


def _x25519_stanza(recipient: str) -> Stanza:
    return age_keys.wrap(FILE_KEY, age_keys.parse_recipient(recipient))


def _crafted(keys: tuple[str, str], stanzas: list[Stanza], plain: bytes = b"hi") -> bytes:
    return craft(FILE_KEY, stanzas, payload_with(FILE_KEY, [(plain, True)]))


@pytest.mark.parametrize(
    "grease",
    [
        Stanza("grease-42", ("a!", "~z{"), b""),
        Stanza("x25519", ("abc",), bytes(48)),
        Stanza("ssh-ed25519", ("x",), bytes(100)),
    ],
)
def test_unknown_stanzas_are_ignored(grease: Stanza, keys: tuple[str, str]) -> None:
    for stanzas in ([grease, _x25519_stanza(keys[1])], [_x25519_stanza(keys[1]), grease]):
        assert age.decrypt(_crafted(keys, stanzas), [keys[0]]) == b"hi"
    assert kind_of(lambda: age.decrypt(_crafted(keys, [grease]), [keys[0]])) is DECRYPT


def test_full_body_line_needs_a_final_empty_line(keys: tuple[str, str]) -> None:
    data = _crafted(keys, [Stanza("grease", (), bytes(48)), _x25519_stanza(keys[1])])
    assert age.decrypt(data, [keys[0]]) == b"hi"
    full_line = age_header.b64_encode(bytes(48)) + b"\n"
    assert (
        kind_of(lambda: age.decrypt(data.replace(full_line + b"\n", full_line), [keys[0]]))
        is MALFORMED
    )


def test_scrypt_must_stand_alone(keys: tuple[str, str]) -> None:
    scrypt = Stanza("scrypt", (age_header.b64_encode(bytes(16)).decode(), "10"), bytes(32))
    mixed = _crafted(keys, [scrypt, _x25519_stanza(keys[1])])
    assert kind_of(lambda: age.decrypt(mixed, [keys[0]])) is MALFORMED
    alone = _crafted(keys, [scrypt])
    with pytest.raises(SyncError, match="passphrase") as caught:
        age.decrypt(alone, [keys[0]])
    assert caught.value.kind is DECRYPT


def test_low_order_share_is_malformed(keys: tuple[str, str]) -> None:
    zero = Stanza("X25519", (age_header.b64_encode(bytes(32)).decode(),), bytes(32))
    data = _crafted(keys, [zero, _x25519_stanza(keys[1])])
    assert kind_of(lambda: age.decrypt(data, [keys[0]])) is MALFORMED


# --- tampering: payload -------------------------------------------------------------------------


def test_every_chunk_flip_is_refused(big_file: bytes, keys: tuple[str, str]) -> None:
    header, payload = split(big_file)
    starts = [16 + i * ENC_CHUNK for i in range(4)]
    positions = [0, 15] + [s + off for s in starts for off in (0, 100, ENC_CHUNK - 1)]
    for position in positions:
        if position >= len(payload):
            position = len(payload) - 1
        tampered = bytearray(big_file)
        tampered[len(header) + position] ^= 0x01
        assert kind_of(lambda t=bytes(tampered): age.decrypt(t, [keys[0]])) is DECRYPT


def test_truncation_is_refused(big_file: bytes, keys: tuple[str, str]) -> None:
    header, payload = split(big_file)
    cuts = {0, 8, 16, 16 + 15, len(payload) - 1, len(payload) - 17}
    for i in range(1, 4):
        cuts |= {
            16 + i * ENC_CHUNK,
            16 + i * ENC_CHUNK - 1,
            16 + i * ENC_CHUNK + 1,
            16 + i * ENC_CHUNK - ENC_CHUNK // 2,
        }
    for cut in sorted(cuts):
        truncated = big_file[: len(header) + cut]
        assert kind_of(lambda t=truncated: age.decrypt(t, [keys[0]])) is DECRYPT, cut
    for cut in range(len(header)):
        truncated = big_file[:cut]
        assert kind_of(lambda t=truncated: age.decrypt(t, [keys[0]])) is MALFORMED, cut


@pytest.mark.parametrize("size", [0, 5, CHUNK, 200000])
@pytest.mark.parametrize("extra", [b"\0", b"\n", bytes(16), bytes(ENC_CHUNK)])
def test_appended_bytes_are_refused(size: int, extra: bytes, keys: tuple[str, str]) -> None:
    data = age.encrypt(plaintext_of(size), [keys[1]]) + extra
    assert kind_of(lambda: age.decrypt(data, [keys[0]])) is DECRYPT


def test_swapped_and_dropped_chunks_are_refused(big_file: bytes, keys: tuple[str, str]) -> None:
    header, payload = split(big_file)
    nonce, body = payload[:16], payload[16:]
    chunks = [body[i : i + ENC_CHUNK] for i in range(0, len(body), ENC_CHUNK)]
    assert len(chunks) == 4
    for a, b in [(0, 1), (1, 2), (2, 3)]:
        swapped = list(chunks)
        swapped[a], swapped[b] = swapped[b], swapped[a]
        data = header + nonce + b"".join(swapped)
        assert kind_of(lambda d=data: age.decrypt(d, [keys[0]])) is DECRYPT
    for drop in range(4):
        data = header + nonce + b"".join(c for i, c in enumerate(chunks) if i != drop)
        assert kind_of(lambda d=data: age.decrypt(d, [keys[0]])) is DECRYPT


@pytest.mark.parametrize(
    ("chunks", "ok"),
    [
        ([(b"abc", True)], True),
        ([(b"", True)], True),
        ([(bytes(CHUNK), True)], True),
        ([(bytes(CHUNK), False), (b"x", True)], True),
        ([(b"abc", False)], False),  # no last-chunk flag
        ([(bytes(CHUNK), False)], False),
        ([(bytes(CHUNK), False), (b"", True)], False),  # empty last chunk after a full one
        ([(bytes(CHUNK), True), (b"x", True)], False),  # last flag in the middle
        ([(b"ab", False), (b"x", True)], False),  # short chunk before the last
        ([], False),  # no chunk at all
    ],
)
def test_stream_chunk_rules(
    chunks: list[tuple[bytes, bool]], ok: bool, keys: tuple[str, str]
) -> None:
    data = craft(FILE_KEY, [_x25519_stanza(keys[1])], payload_with(FILE_KEY, chunks))
    if ok:
        assert age.decrypt(data, [keys[0]]) == b"".join(c for c, _ in chunks)
    else:
        assert kind_of(lambda: age.decrypt(data, [keys[0]])) is DECRYPT


def test_missing_payload_nonce_is_truncation(keys: tuple[str, str]) -> None:
    header, _ = split(age.encrypt(b"x", [keys[1]]))
    assert kind_of(lambda: age.decrypt(header, [keys[0]])) is DECRYPT


# --- official testkit vectors (armored) and fixed vectors from the reference age ----------------


def _testkit(path: Path) -> tuple[dict[str, list[str]], bytes]:
    raw = path.read_bytes()
    head, body = raw.split(b"\n\n", 1)
    fields: dict[str, list[str]] = {}
    for line in head.decode().splitlines():
        key, value = line.split(": ", 1)
        fields.setdefault(key, []).append(value)
    return fields, body


TESTKIT = sorted(p.name for p in (DATA / "testkit").iterdir() if p.suffix != ".md")


@pytest.mark.parametrize("name", TESTKIT)
def test_testkit_vector(name: str) -> None:
    fields, body = _testkit(DATA / "testkit" / name)
    (expect,) = fields["expect"]
    if expect == "success":
        plain = age.decrypt(body, fields["identity"])
        assert hashlib.sha256(plain).hexdigest() == fields["payload"][0]
    else:
        wanted = {
            "armor failure": MALFORMED,
            "header failure": MALFORMED,
            "no match": DECRYPT,
            "HMAC failure": DECRYPT,
            "payload failure": DECRYPT,
        }[expect]
        assert kind_of(lambda: age.decrypt(body, fields["identity"])) is wanted


def test_testkit_is_present() -> None:
    assert len(TESTKIT) >= 10


VECTORS = json.loads((DATA / "age_cli" / "vectors.json").read_text())["vectors"]


@pytest.mark.parametrize("vector", VECTORS, ids=lambda v: f"{v['file']}-{v['identities'][0]}")
def test_fixed_vectors_from_reference_age(vector: dict[str, object]) -> None:
    folder = DATA / "age_cli"
    names = [str(name) for name in vector["identities"]]  # type: ignore[attr-defined]
    identities = [i for name in names for i in age.identities_in((folder / name).read_text())]
    plain = age.decrypt((folder / str(vector["file"])).read_bytes(), identities)
    assert len(plain) == vector["size"]
    assert hashlib.sha256(plain).hexdigest() == vector["sha256"]
    assert plain == bytes((i * 7 + 3) % 251 for i in range(len(plain)))


# --- interoperability with the reference age command --------------------------------------------


def _keygen(path: Path) -> tuple[list[str], str]:
    subprocess.run(["age-keygen", "-o", str(path)], check=True, capture_output=True)
    recipient = subprocess.run(
        ["age-keygen", "-y", str(path)], check=True, capture_output=True, text=True
    ).stdout.strip()
    return age.identities_in(path.read_text()), recipient


def _age(*args: str, stdin: bytes) -> bytes:
    result = subprocess.run(["age", *args], input=stdin, capture_output=True)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout


@pytest.fixture(scope="module")
def keygen(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], str]:
    if reason := command_missing("age-keygen"):
        pytest.skip(reason)
    path = tmp_path_factory.mktemp("age") / "key.txt"
    identities, recipient = _keygen(path)
    return path, identities, recipient


@needs_age
def test_keygen_recipient_matches_ours(keygen: tuple[Path, list[str], str]) -> None:
    _, identities, recipient = keygen
    assert age.recipient_of(identities[0]) == recipient


@needs_age
@pytest.mark.parametrize("size", SIZES)
def test_age_decrypts_ours(size: int, keygen: tuple[Path, list[str], str]) -> None:
    path, _, recipient = keygen
    data = age.encrypt(plaintext_of(size), [recipient])
    assert _age("-d", "-i", str(path), stdin=data) == plaintext_of(size)


@needs_age
@pytest.mark.parametrize("size", SIZES)
def test_we_decrypt_age(size: int, keygen: tuple[Path, list[str], str]) -> None:
    _, identities, recipient = keygen
    data = _age("-r", recipient, stdin=plaintext_of(size))
    assert age.decrypt(data, identities) == plaintext_of(size)
    assert len(data) == len(age.encrypt(plaintext_of(size), [recipient]))


@needs_age
def test_several_recipients_both_ways(tmp_path: Path, keygen: tuple[Path, list[str], str]) -> None:
    path, identities, recipient = keygen
    ours, our_recipient = age.generate_identity()
    (tmp_path / "ours.txt").write_text(ours + "\n")
    (tmp_path / "recipients.txt").write_text(f"# team\n{recipient}\n{our_recipient}\n")
    plain = plaintext_of(70000)
    from_age = _age("-R", str(tmp_path / "recipients.txt"), stdin=plain)
    assert age.decrypt(from_age, identities) == plain
    assert age.decrypt(from_age, [ours]) == plain
    from_us = age.encrypt(plain, [recipient, our_recipient])
    assert _age("-d", "-i", str(path), stdin=from_us) == plain
    assert _age("-d", "-i", str(tmp_path / "ours.txt"), stdin=from_us) == plain


@needs_age
def test_our_keys_work_in_age(tmp_path: Path) -> None:
    identity, recipient = age.generate_identity()
    key_file = tmp_path / "ours.txt"
    key_file.write_text(identity + "\n")
    derived = subprocess.run(
        ["age-keygen", "-y", str(key_file)], check=True, capture_output=True, text=True
    ).stdout.strip()
    assert derived == recipient
    assert age.decrypt(_age("-r", recipient, stdin=b"from age"), [identity]) == b"from age"
    assert _age("-d", "-i", str(key_file), stdin=age.encrypt(b"from us", [recipient])) == b"from us"


@needs_age
def test_age_ignores_our_grease_and_reads_armor(keygen: tuple[Path, list[str], str]) -> None:
    path, identities, recipient = keygen
    grease = Stanza("fieldcase-grease", ("x",), bytes(20))
    data = craft(
        FILE_KEY, [grease, _x25519_stanza(recipient)], payload_with(FILE_KEY, [(b"g", True)])
    )
    assert _age("-d", "-i", str(path), stdin=data) == b"g"
    armored = _age("-a", "-r", recipient, stdin=plaintext_of(5000))
    assert age.decrypt(armored, identities) == plaintext_of(5000)


@needs_age
def test_age_agrees_on_tampering(big_file: bytes, tmp_path: Path, keys: tuple[str, str]) -> None:
    key_file = tmp_path / "k.txt"
    key_file.write_text(keys[0] + "\n")
    header, _ = split(big_file)
    for cut in (len(header) + 16 + ENC_CHUNK, len(big_file) - 1):
        result = subprocess.run(
            ["age", "-d", "-i", str(key_file)], input=big_file[:cut], capture_output=True
        )
        assert result.returncode != 0
        assert kind_of(lambda c=cut: age.decrypt(big_file[:c], [keys[0]])) is DECRYPT


@needs_age
def test_age_decrypts_our_stream(tmp_path: Path, keygen: tuple[Path, list[str], str]) -> None:
    path, _, recipient = keygen
    plain = plaintext_of(5 * CHUNK)
    with (tmp_path / "big.age").open("wb") as dst:
        age.encrypt_stream(io.BytesIO(plain), dst, [recipient])
    with (tmp_path / "big.age").open("rb") as src:
        assert _age("-d", "-i", str(path), stdin=src.read()) == plain


def test_no_plaintext_in_ciphertext(keys: tuple[str, str]) -> None:
    plain = b"Name: Dara, age 15, Poipet " * 100
    data = age.encrypt(plain, [keys[1]])
    assert b"Dara" not in data and b"Poipet" not in data
    assert base64.b64encode(b"Dara") not in data
