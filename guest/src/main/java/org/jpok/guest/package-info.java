/**
 * Builds partition images from C sources with gcc against the jpok guest SDK
 * (POK's libpok API over syscalls on vector 42), and locates the SDK, the
 * examples and POK's ABI table that travel inside this bundle.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.jpok.guest;
