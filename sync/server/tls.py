"""TLS for ``fieldcase server`` without a certificate authority: a self-signed certificate whose
SHA-256 fingerprint the laptops pin.

Server side: ``make_self_signed(out_dir)`` writes ``server.crt`` and ``server.key`` (ECDSA P-256,
the key file 0600) and returns the fingerprint, which a supervisor hands to the laptops with the
server's address. Client side: ``fetch_pinned_certificate`` reads the certificate the server
presents and refuses it unless its fingerprint is the pinned one; ``pinned_ssl_context`` then
trusts exactly that certificate and nothing else (no system CAs; the certificate is not a CA, so it
cannot vouch for another). The host name is not checked: the pin is the server's identity, so the
same certificate works on a LAN address, a VPN address or a name. Only the standard library and
``cryptography``: usable by the client without FastAPI.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import os
import socket
import ssl
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from sync.errors import SyncError, SyncErrorKind

CERT_NAME = "server.crt"
KEY_NAME = "server.key"


def fingerprint_der(der: bytes) -> str:
    """``AB:CD:...``: SHA-256 of the certificate's DER bytes, as browsers and openssl print it."""
    return ":".join(f"{b:02X}" for b in hashlib.sha256(der).digest())


def fingerprint_pem(pem: bytes) -> str:
    return fingerprint_der(
        x509.load_pem_x509_certificate(pem).public_bytes(serialization.Encoding.DER)
    )


def fingerprint_file(path: str | Path) -> str:
    """The fingerprint of a PEM certificate file."""
    return fingerprint_pem(Path(path).read_bytes())


def normalise_fingerprint(text: str) -> str:
    """Accept ``AB:CD..``, ``abcd..``, with spaces or colons; return the ``AB:CD:..`` form."""
    digits = "".join(ch for ch in text if ch not in ": \t\n-").upper()
    if len(digits) != 64 or any(ch not in "0123456789ABCDEF" for ch in digits):
        raise SyncError(SyncErrorKind.MALFORMED, "a SHA-256 fingerprint is 64 hex digits")
    return ":".join(digits[i : i + 2] for i in range(0, 64, 2))


def make_self_signed(
    out_dir: str | Path, hosts: list[str] | None = None, *, days: int = 3650
) -> tuple[Path, Path, str]:
    """Write a new key and self-signed certificate into ``out_dir``; return their paths and the
    certificate's fingerprint. ``hosts`` (names or IP addresses) go into the subject alternative
    names for clients that do check names; localhost and 127.0.0.1 are always there."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    names: list[x509.GeneralName] = []
    for host in ["localhost", "127.0.0.1", *(hosts or [])]:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "fieldcase server")])
    start = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=days))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = out / CERT_NAME, out / KEY_NAME
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key_pem)
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return cert_path, key_path, fingerprint_der(cert.public_bytes(serialization.Encoding.DER))


def fetch_pinned_certificate(
    host: str, port: int, fingerprint: str, *, timeout: float = 10
) -> bytes:
    """The PEM certificate the server at host:port presents, if its fingerprint is the pinned one.

    The handshake here trusts nothing; the fingerprint comparison is the whole check, so a man in
    the middle presenting another certificate is refused (``SyncError(AUTH)``).
    """
    expected = normalise_fingerprint(fingerprint)
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw:
            with context.wrap_socket(raw, server_hostname=host) as tls:
                der = tls.getpeercert(binary_form=True)
    except OSError as exc:
        raise SyncError(SyncErrorKind.NETWORK, f"cannot reach {host}:{port}: {exc}") from exc
    if not der:
        raise SyncError(SyncErrorKind.AUTH, f"{host}:{port} presented no certificate")
    found = fingerprint_der(der)
    if found != expected:
        raise SyncError(
            SyncErrorKind.AUTH,
            f"{host}:{port} presented a certificate with fingerprint {found}, not the pinned "
            f"{expected}: do not sync; ask a supervisor",
        )
    return ssl.DER_cert_to_PEM_cert(der).encode("ascii")


def pinned_ssl_context(certificate_pem: bytes, fingerprint: str) -> ssl.SSLContext:
    """An SSL context (for ``httpx.Client(verify=...)``) that accepts only this certificate.

    The PEM is checked against the pinned fingerprint first, then made the context's only trust
    anchor.
    """
    expected = normalise_fingerprint(fingerprint)
    found = fingerprint_pem(certificate_pem)
    if found != expected:
        raise SyncError(
            SyncErrorKind.AUTH, f"certificate fingerprint {found} is not the pinned {expected}"
        )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.check_hostname = False
    context.verify_mode = ssl.CERT_REQUIRED
    context.load_verify_locations(cadata=certificate_pem.decode("ascii"))
    return context


def pinned_context_for(host: str, port: int, fingerprint: str) -> ssl.SSLContext:
    """Both steps: fetch the server's certificate, check the pin, trust only it."""
    return pinned_ssl_context(fetch_pinned_certificate(host, port, fingerprint), fingerprint)
