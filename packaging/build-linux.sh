#!/usr/bin/env bash
# Build Corridor's Linux package from the repository alone:
#   build/venv            its own venv, the project installed NON-editable with the package extra
#   build/bundle/corridor the PyInstaller one-folder bundle (packaging/corridor.spec)
#   dist/corridor_<version>_amd64.deb
# and print the bundle size, the .deb size and the build time (also written, one
# key=value a line, to build/packaging-report.txt for tests/packaging).
#
# Needs: python3 (>= 3.11, with its shared libpython, as python.org/pyenv/Debian builds are),
# binutils (objdump: PyInstaller and the Depends check use it), dpkg-deb with zstd
# (dpkg >= 1.21.18). Network: the Python package registry only.
#   PYTHON=/path/to/python3.11 packaging/build-linux.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
BUILD="$ROOT/build"
VENV="$BUILD/venv"
BUNDLE="$BUILD/bundle/corridor"
DIST="$ROOT/dist"
LINUX="$ROOT/packaging/linux"
START=$(date +%s)

log() { printf '== %s\n' "$*" >&2; }
die() { printf 'build-linux: %s\n' "$*" >&2; exit 1; }

make_venv() {
    if [[ ! -x "$VENV/bin/python" ]]; then
        log "creating $VENV with $PYTHON"
        "$PYTHON" -m venv "$VENV"
    fi
    # setuptools builds in-tree under build/lib: a stale copy there could resurrect a
    # deleted module, so start that part clean.
    rm -rf "${BUILD:?}/lib" "${BUILD:?}"/bdist.*
    log "installing corridor[package] (non-editable) into the build venv"
    "$VENV/bin/python" -m pip install --disable-pip-version-check -q "${ROOT}[package]"
    # the second build compiles the desk's .ts catalogues with the venv's lrelease (the
    # binary itself: pip's build isolation hides the venv from the pyside6-lrelease script)
    local lrelease
    lrelease=$("$VENV/bin/python" -c \
        'import pathlib, PySide6; print(pathlib.Path(PySide6.__file__).parent / "lrelease")')
    CORRIDOR_LRELEASE="$lrelease" \
        "$VENV/bin/python" -m pip install --disable-pip-version-check -q --no-deps \
        --force-reinstall "$ROOT"
    "$VENV/bin/python" -c 'import sys; from importlib import resources
qm = list(resources.files("app.resources").joinpath("translations").iterdir())
sys.exit(0 if sum(p.name.endswith(".qm") for p in qm) >= 4 else "no compiled .qm catalogues")' \
        || die "the desk's translations were not compiled to .qm"
}

# PEP 440 -> Debian: pre-releases sort before the release (~), local parts stay (+).
debian_version() {
    sed -E 's/\.?(dev|a|b|rc)([0-9]*)/~\1\2/; s/\.post([0-9]+)/+post\1/' <<<"$1"
}

run_pyinstaller() {
    log "PyInstaller one-folder bundle"
    rm -rf "$BUNDLE"
    "$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN \
        --distpath "$BUILD/bundle" --workpath "$BUILD/pyinstaller" \
        "$ROOT/packaging/corridor.spec"
    [[ -x "$BUNDLE/corridor" ]] || die "PyInstaller produced no $BUNDLE/corridor"
    strip_cpython
}

# Strip debug symbols from CPython's own libraries only (a pyenv libpython is 23 MB, 6 MB
# stripped). Wheel binaries stay as they are: auditwheel/patchelf rewrote their headers, and
# stripping those breaks numpy's OpenBLAS ("ELF load command ... not page-aligned").
strip_cpython() {
    command -v strip >/dev/null || return 0
    find "$BUNDLE/_internal" -maxdepth 1 -type f -name 'libpython3*.so*' \
        -exec strip --strip-unneeded {} +
    find "$BUNDLE/_internal" -path '*/python3.*/lib-dynload/*.so' -type f \
        -exec strip --strip-unneeded {} +
}

# ELF files (executables and shared libraries) under a folder, one path a line.
elf_files() {
    "$VENV/bin/python" - "$1" <<'PY'
import os, sys
for base, _, names in os.walk(sys.argv[1]):
    for name in names:
        path = os.path.join(base, name)
        if not os.path.islink(path):
            with open(path, "rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    print(path)
PY
}

# Highest GLIBC_x.y symbol version any bundled ELF file requires.
glibc_floor() {
    elf_files "$1" | xargs -d "\n" objdump -p 2>/dev/null | grep -oE 'GLIBC_[0-9]+\.[0-9]+' |
        sed 's/GLIBC_//' | sort -t. -k1,1n -k2,2n | tail -1
}

# Package names in Depends and Recommends of a control file, one a line.
relation_names() {
    sed -n '/^Depends:/,/^Recommends:/{/^Recommends:/!p;/^Recommends:/{p;q}}' "$1" |
        sed -E 's/^(Depends|Recommends)://' | tr ',|' '\n' |
        sed -E 's/\(.*\)//; s/:any//; s/^[[:space:]]+|[[:space:]]+$//g' | grep -v '^$'
}

# Every system library the bundle links to must come from a package in Depends (or libc6).
check_depends() {
    local depends="$1" bundle="$2" missing=0 soname path pkg
    local shipped; shipped=$(find "$bundle" -type f -name '*.so*' -printf '%f\n' | sort -u)
    while read -r soname; do
        grep -qxF "$soname" <<<"$shipped" && continue
        # (awk reads to the end: an early exit would SIGPIPE ldconfig under pipefail)
        path=$(ldconfig -p | awk -v s="$soname" '$1 == s && /x86-64/ && !n++ {print $NF}')
        if [[ -z "$path" ]]; then
            log "warning: $soname is not installed on this build machine, not checked"
            continue
        fi
        pkg=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | awk -F: 'NR == 1 {print $1}') ||
            pkg=$(dpkg -S "$path" 2>/dev/null | awk -F: 'NR == 1 {print $1}') || true
        [[ -z "$pkg" || "$pkg" == libc6 ]] && continue
        if ! grep -qxF "$pkg" <<<"$depends"; then
            log "missing from Depends: $pkg (provides $soname)"
            missing=1
        fi
    done < <(elf_files "$bundle" | xargs -d "\n" objdump -p 2>/dev/null |
             awk '$1 == "NEEDED" {print $2}' | sort -u)
    [[ $missing == 0 ]] || die "packaging/linux/control.in lacks the packages above"
}

assemble_tree() {
    local tree="$1" version="$2" size libc
    rm -rf "$tree"
    install -d "$tree/DEBIAN" "$tree/usr/lib" "$tree/usr/bin" \
        "$tree/usr/share/applications" "$tree/usr/share/doc/corridor" \
        "$tree/usr/share/icons/hicolor/scalable/apps"
    cp -a "$BUNDLE" "$tree/usr/lib/corridor"
    ln -s ../lib/corridor/corridor "$tree/usr/bin/corridor"
    install -m 0644 "$LINUX/corridor.desktop" "$tree/usr/share/applications/"
    install -m 0644 "$LINUX/copyright" "$tree/usr/share/doc/corridor/"
    install -m 0644 "$ROOT/resources/icons/corridor.svg" \
        "$tree/usr/share/icons/hicolor/scalable/apps/corridor.svg"
    for png in "$ROOT"/resources/icons/hicolor/*/apps/corridor.png; do
        install -D -m 0644 "$png" "$tree/usr/share/icons/${png#"$ROOT"/resources/icons/}"
    done
    # Package files are root:root (dpkg-deb --root-owner-group), rwxr-xr-x / rw-r--r--.
    chmod -R u+rwX,go+rX,go-w "$tree"
    libc=$(glibc_floor "$tree/usr/lib/corridor")
    size=$(du -sk --exclude=DEBIAN "$tree" | cut -f1)
    sed -e "s/@VERSION@/$version/" -e "s/@INSTALLED_SIZE@/$size/" \
        -e "s/@LIBC_DEPENDS@/libc6 (>= ${libc:-2.34})/" \
        "$LINUX/control.in" >"$tree/DEBIAN/control"
    check_depends "$(relation_names "$tree/DEBIAN/control")" \
        "$tree/usr/lib/corridor"
}

main() {
    command -v objdump >/dev/null || die "objdump not found (apt-get install binutils)"
    command -v dpkg-deb >/dev/null || die "dpkg-deb not found"
    make_venv
    local version deb_version tree deb
    version=$("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("corridor"))')
    deb_version=$(debian_version "$version")
    log "corridor $version (Debian version $deb_version)"
    local t0; t0=$(date +%s)
    run_pyinstaller
    local t_bundle=$(( $(date +%s) - t0 ))
    "$BUNDLE/corridor" --version >/dev/null || die "the frozen corridor --version failed"
    tree="$BUILD/deb/corridor_${deb_version}_amd64"
    assemble_tree "$tree" "$deb_version"
    mkdir -p "$DIST"
    deb="$DIST/corridor_${deb_version}_amd64.deb"
    rm -f "$deb"
    t0=$(date +%s)
    dpkg-deb -Zzstd --root-owner-group --build "$tree" "$deb" >/dev/null
    local t_deb=$(( $(date +%s) - t0 )) total=$(( $(date +%s) - START ))
    local bundle_bytes deb_bytes
    bundle_bytes=$(du -sb "$BUNDLE" | cut -f1)
    deb_bytes=$(stat -c %s "$deb")
    cat >"$BUILD/packaging-report.txt" <<EOF
version=$version
deb_version=$deb_version
deb=$deb
bundle_bytes=$bundle_bytes
deb_bytes=$deb_bytes
pyinstaller_seconds=$t_bundle
dpkg_deb_seconds=$t_deb
total_seconds=$total
EOF
    printf 'corridor %s\n  bundle  %s  %d MB (PyInstaller %d s)\n  .deb    %s  %d MB (dpkg-deb -Zzstd %d s)\n  total build time %d s\n' \
        "$version" "$BUNDLE" $(( bundle_bytes / 1000000 )) "$t_bundle" \
        "$deb" $(( deb_bytes / 1000000 )) "$t_deb" "$total"
}

main "$@"; exit $?
