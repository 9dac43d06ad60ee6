#!/bin/sh
# Install the sbcoder app folder (the folder this script is in) for the current user:
#   the program      -> $PREFIX/lib/sbcoder            (PREFIX defaults to ~/.local)
#   the command      -> $PREFIX/bin/sbcoder
#   the menu entry   -> $XDG_DATA_HOME/applications/sbcoder.desktop
#   icons            -> $XDG_DATA_HOME/icons/hicolor/*/apps/sbcoder.{png,svg}
#   the .sbc type    -> $XDG_DATA_HOME/mime/packages/sbcoder.xml
# ./install_linux.sh --uninstall removes them (projects are never touched).
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-"$HOME/.local"}
DATA=${XDG_DATA_HOME:-"$HOME/.local/share"}
APP="$PREFIX/lib/sbcoder"
SIZES="16 24 32 48 64 128 256"

refresh() {
    # Optional tools: the desktop picks the files up at next login without them.
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$DATA/mime" >/dev/null 2>&1 || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database "$DATA/applications" >/dev/null 2>&1 || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -f -t "$DATA/icons/hicolor" >/dev/null 2>&1 || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$APP"
    rm -f "$PREFIX/bin/sbcoder" "$DATA/applications/sbcoder.desktop" \
        "$DATA/mime/packages/sbcoder.xml" "$DATA/icons/hicolor/scalable/apps/sbcoder.svg"
    for size in $SIZES; do
        rm -f "$DATA/icons/hicolor/${size}x${size}/apps/sbcoder.png" \
            "$DATA/icons/hicolor/${size}x${size}/mimetypes/application-x-sbcoder-project.png"
    done
    refresh
    echo "sbcoder removed"
    exit 0
fi

if [ ! -x "$HERE/sbcoder" ] || [ ! -d "$HERE/share" ]; then
    echo "install_linux.sh: run me from the sbcoder app folder (with ./sbcoder and share/)" >&2
    exit 1
fi

if [ "$HERE" != "$APP" ]; then
    rm -rf "$APP.new"
    mkdir -p "$PREFIX/lib"
    cp -a "$HERE" "$APP.new"
    rm -rf "$APP"
    mv "$APP.new" "$APP"
fi

mkdir -p "$PREFIX/bin" "$DATA/applications" "$DATA/mime/packages" \
    "$DATA/icons/hicolor/scalable/apps"
ln -sf "$APP/sbcoder" "$PREFIX/bin/sbcoder"
# The menu entry names the program by its full path: ~/.local/bin may not be on PATH.
sed -e "s|^Exec=sbcoder |Exec=\"$APP/sbcoder\" |" -e "s|^TryExec=sbcoder$|TryExec=$APP/sbcoder|" \
    "$APP/share/sbcoder.desktop" >"$DATA/applications/sbcoder.desktop"
cp "$APP/share/x-sbcoder-project.xml" "$DATA/mime/packages/sbcoder.xml"
cp "$APP/share/icons/sbcoder.svg" "$DATA/icons/hicolor/scalable/apps/sbcoder.svg"
for size in $SIZES; do
    for kind in apps mimetypes; do
        mkdir -p "$DATA/icons/hicolor/${size}x${size}/$kind"
    done
    cp "$APP/share/icons/sbcoder-$size.png" "$DATA/icons/hicolor/${size}x${size}/apps/sbcoder.png"
    cp "$APP/share/icons/sbcoder-$size.png" \
        "$DATA/icons/hicolor/${size}x${size}/mimetypes/application-x-sbcoder-project.png"
done
refresh
echo "sbcoder installed in $APP"
echo "start it from the applications menu, or run: $PREFIX/bin/sbcoder"
