// Development HTTPS certificates for https://localhost:3000, made in the project's certs/ folder:
// a local CA and a server certificate signed by it. Nothing is installed in a system trust
// store; the README says how to trust certs/ca.crt on Windows and Mac when Excel needs it.
'use strict';

const fs = require('fs');
const path = require('path');
const forge = require('node-forge');

const CERTS_DIR = path.resolve(__dirname, '..', 'certs');
const files = {
  caCert: path.join(CERTS_DIR, 'ca.crt'),
  cert: path.join(CERTS_DIR, 'localhost.crt'),
  key: path.join(CERTS_DIR, 'localhost.key'),
};

function serial() {
  return '01' + forge.util.bytesToHex(forge.random.getBytesSync(15));
}

function validity(cert, days) {
  cert.validity.notBefore = new Date(Date.now() - 24 * 3600 * 1000);
  cert.validity.notAfter = new Date(Date.now() + days * 24 * 3600 * 1000);
}

function makeCertificates() {
  const caKeys = forge.pki.rsa.generateKeyPair(2048);
  const ca = forge.pki.createCertificate();
  ca.publicKey = caKeys.publicKey;
  ca.serialNumber = serial();
  validity(ca, 825);
  const caName = [{ name: 'commonName', value: 'Piano Offerta Abitativa - CA di sviluppo' }];
  ca.setSubject(caName);
  ca.setIssuer(caName);
  ca.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
  ]);
  ca.sign(caKeys.privateKey, forge.md.sha256.create());

  const keys = forge.pki.rsa.generateKeyPair(2048);
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serial();
  validity(cert, 397);
  cert.setSubject([{ name: 'commonName', value: 'localhost' }]);
  cert.setIssuer(caName);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [
        { type: 2, value: 'localhost' },
        { type: 7, ip: '127.0.0.1' },
      ],
    },
  ]);
  cert.sign(caKeys.privateKey, forge.md.sha256.create());

  fs.mkdirSync(CERTS_DIR, { recursive: true });
  fs.writeFileSync(files.caCert, forge.pki.certificateToPem(ca));
  fs.writeFileSync(files.cert, forge.pki.certificateToPem(cert) + forge.pki.certificateToPem(ca));
  fs.writeFileSync(files.key, forge.pki.privateKeyToPem(keys.privateKey), { mode: 0o600 });
}

function stillValid() {
  if (!Object.values(files).every((file) => fs.existsSync(file))) return false;
  const cert = forge.pki.certificateFromPem(fs.readFileSync(files.cert, 'utf8'));
  return cert.validity.notAfter.getTime() > Date.now() + 7 * 24 * 3600 * 1000;
}

/** Key and certificate for the dev server, made on first use and when close to expiry. */
function httpsOptions() {
  if (!stillValid()) makeCertificates();
  return { key: fs.readFileSync(files.key), cert: fs.readFileSync(files.cert), ca: fs.readFileSync(files.caCert) };
}

module.exports = { httpsOptions, files };

if (require.main === module) {
  httpsOptions();
  console.log(`Certificati di sviluppo pronti in ${CERTS_DIR} (CA: ${files.caCert}).`);
}
