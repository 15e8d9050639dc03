#!/usr/bin/env bash
# The book's TLS test material (chapter 47), made once with OpenSSL 3.0 and committed, so that
# every run of the tests sees the same bytes. Re-running this script makes new keys: the tests
# only need the files to agree with each other, and the root store (npm run gen-roots-der) must
# be regenerated after it.
#
#   ca.pem / ca.key                  "ViperOS Book Test CA", ECDSA P-256, valid 2025-01-01 .. 2045-01-01
#   good.pem / good.key              linux.vnet and 10.0.2.2, signed by the CA, valid 2025 .. 2045
#   expired.pem / expired.key        linux.vnet, signed by the CA, valid 2023-05-01 .. 2024-05-01
#   other.pem / other.key            other.test only (a server that is someone else), signed by the CA
#   selfsigned.pem / selfsigned.key  linux.vnet, signed by its own key, valid 2025 .. 2045
#   badsig.pem / good.key            good.pem with the last byte of its signature changed
#   rsa.pem / rsa.key                linux.vnet and 10.0.2.2 with an RSA-2048 key (rsa_pss_rsae_* in TLS 1.3)
#   p384.pem / p384.key              linux.vnet and 10.0.2.2 with a P-384 key (ecdsa_secp384r1_sha384)
#   ed25519.pem / ed25519.key        linux.vnet and 10.0.2.2 with an Ed25519 key (ed25519)
#   viperos.pem / viperos.key        viperos.vnet, 10.0.2.15 and 10.0.2.16 (the book's machines), signed
#                                    by the CA: what HttpServe --tls presents (SYS:certs/server.der)
#   notyet.pem / notyet.key          linux.vnet, signed by the CA, valid 2040-01-01 .. 2045-01-01
#   orphan.pem / orphan.key          linux.vnet, signed by an intermediate CA that is not kept: a server
#                                    that presents it alone sends a broken chain
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
key() { # file [rsa|p384]
  case "${2:-}" in
    rsa) openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1" 2>/dev/null ;;
    p384) openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-384 -out "$1" 2>/dev/null ;;
    ed25519) openssl genpkey -algorithm ED25519 -out "$1" 2>/dev/null ;;
    *) openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null ;;
  esac
}
key ca.key
openssl req -new -key ca.key -subj "/CN=ViperOS Book Test CA" -out "$work/ca.csr"
cat > "$work/ca.cnf" <<CNF
[ca]
default_ca = book
[book]
database = $work/index.txt
new_certs_dir = $work
serial = $work/serial
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
[any]
commonName = supplied
[root]
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[intermediate]
basicConstraints = critical, CA:true, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[leaf]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = \$ENV::SAN
CNF
: > "$work/index.txt"
echo 1000 > "$work/serial"
export SAN="DNS:unused"
ca() { openssl ca -batch -notext -config "$work/ca.cnf" "$@" 2>/dev/null; }
ca -selfsign -keyfile ca.key -in "$work/ca.csr" -extensions root -startdate 20250101000000Z -enddate 20450101000000Z -out ca.pem
leaf() { # name cn san start end [key type] [issuer cert] [issuer key]
  key "$1.key" "${6:-}"
  openssl req -new -key "$1.key" -subj "/CN=$2" -out "$work/$1.csr"
  SAN="$3" ca -cert "${7:-ca.pem}" -keyfile "${8:-ca.key}" -in "$work/$1.csr" -extensions leaf -startdate "$4" -enddate "$5" -out "$1.pem"
}
leaf good linux.vnet "DNS:linux.vnet,IP:10.0.2.2" 20250101000000Z 20450101000000Z
leaf expired linux.vnet "DNS:linux.vnet" 20230501000000Z 20240501000000Z
leaf other other.test "DNS:other.test" 20250101000000Z 20450101000000Z
leaf rsa linux.vnet "DNS:linux.vnet,IP:10.0.2.2" 20250101000000Z 20450101000000Z rsa
leaf p384 linux.vnet "DNS:linux.vnet,IP:10.0.2.2" 20250101000000Z 20450101000000Z p384
leaf ed25519 linux.vnet "DNS:linux.vnet,IP:10.0.2.2" 20250101000000Z 20450101000000Z ed25519
leaf viperos viperos.vnet "DNS:viperos.vnet,IP:10.0.2.15,IP:10.0.2.16" 20250101000000Z 20450101000000Z
# Not yet valid: a leaf whose validity starts in 2040.
leaf notyet linux.vnet "DNS:linux.vnet" 20400101000000Z 20450101000000Z
# A broken chain: a leaf signed by an intermediate CA that the server does not send (and no root
# store holds); the intermediate's key is not kept.
key "$work/intermediate.key"
openssl req -new -key "$work/intermediate.key" -subj "/CN=ViperOS Book Test Intermediate" -out "$work/intermediate.csr"
ca -cert ca.pem -keyfile ca.key -in "$work/intermediate.csr" -extensions intermediate -startdate 20250101000000Z -enddate 20450101000000Z -out "$work/intermediate.pem"
leaf orphan linux.vnet "DNS:linux.vnet" 20250101000000Z 20450101000000Z "" "$work/intermediate.pem" "$work/intermediate.key"
# Self-signed: the request signed with its own key (issuer = subject), with the leaf's extensions.
key selfsigned.key
openssl req -new -key selfsigned.key -subj "/CN=linux.vnet" -out "$work/selfsigned.csr"
SAN="DNS:linux.vnet" ca -selfsign -keyfile selfsigned.key -in "$work/selfsigned.csr" -extensions leaf \
  -startdate 20250101000000Z -enddate 20450101000000Z -out selfsigned.pem
# A signature that does not verify: the last byte of the DER (inside ECDSA's s) plus one.
openssl x509 -in good.pem -outform DER -out "$work/good.der"
node -e 'const f=require("fs");const b=f.readFileSync(process.argv[1]);b[b.length-1]^=1;f.writeFileSync(process.argv[2],"-----BEGIN CERTIFICATE-----\n"+b.toString("base64").match(/.{1,64}/g).join("\n")+"\n-----END CERTIFICATE-----\n")' "$work/good.der" badsig.pem
