#!/usr/bin/env bash
# Fetches Debian's sched_ext kernels into a cache, without touching the machine's apt configuration.
#
#   itests/vm/fetch-kernels.sh [6.17|7.2]...     (default: both)
#
# 6.17 comes from trixie-backports (linux-image-6.17.*+deb13-amd64: vmlinuz and modules in one .deb),
# 7.2 from sid (linux-binary-7.2.* for vmlinuz, linux-modules-7.2.* for modules). Versions are looked up
# through a private sources list, never hard-coded; downloaded .debs are reused.
# Result per series: $CACHE/kernels/SERIES/{root/,kernel.env}; kernel.env names VMLINUZ, MODULES, RELEASE.
# Exit 77 (with one line saying why) when the packages cannot be had.
set -euo pipefail

CACHE="${HOTSCHED_VM_CACHE:-$HOME/.cache/hotsched-vm}"
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
MIRROR="${HOTSCHED_DEBIAN_MIRROR:-http://deb.debian.org/debian}"

skip() { echo "skipped: $*" >&2; exit 77; }
die() { echo "error: $*" >&2; exit 1; }

command -v apt-get >/dev/null || skip "apt-get not found (a Debian-like host is needed to fetch Debian kernels)"
command -v dpkg-deb >/dev/null || skip "dpkg-deb not found (apt-get install dpkg)"
[[ -r $KEYRING ]] || skip "$KEYRING missing (apt-get install debian-archive-keyring)"

series_list=("$@")
[[ ${#series_list[@]} -gt 0 ]] || series_list=(6.17 7.2)
for s in "${series_list[@]}"; do
	[[ $s == 6.17 || $s == 7.2 ]] || die "unknown kernel series '$s' (use 6.17 or 7.2)"
done

apt_dir="$CACHE/apt"
mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$CACHE/debs"
cat >"$apt_dir/sources.list" <<EOF
deb [signed-by=$KEYRING] $MIRROR trixie-backports main
deb [signed-by=$KEYRING] $MIRROR sid main
EOF

# Every apt call sees only the private list, lists dir and cache, so the host's apt state is untouched.
apt_opts=(
	-o "Dir::Etc::SourceList=$apt_dir/sources.list"
	-o Dir::Etc::SourceParts=/dev/null
	-o "Dir::State::Lists=$apt_dir/lists"
	-o "Dir::Cache=$apt_dir/cache"
	-o Acquire::Languages=none
	-o APT::Get::List-Cleanup=false
)
# apt drops to its _apt user for downloads, which cannot write into root's private cache.
[[ $(id -u) -eq 0 ]] && apt_opts+=(-o APT::Sandbox::User=root)

# Refresh the indexes at most once a day; versions move, but not that fast.
stamp="$apt_dir/updated"
if [[ ! -f $stamp ]] || [[ -n $(find "$stamp" -mmin +1440) ]]; then
	echo "updating private package lists (trixie-backports, sid)" >&2
	apt-get "${apt_opts[@]}" -qq update >&2 || skip "apt-get update of trixie-backports/sid failed (no access to $MIRROR?)"
	touch "$stamp"
fi

# newest NAME matching an extended regex, by Debian version order of the names
newest_package() {
	apt-cache "${apt_opts[@]}" pkgnames | grep -E "^$1\$" | sort -V | tail -n 1
}

fetch_deb() {
	local pkg=$1 existing
	existing=$(find "$CACHE/debs" -maxdepth 1 -name "${pkg}_*.deb" -print -quit)
	if [[ -n $existing ]]; then
		echo "$existing"
		return
	fi
	echo "downloading $pkg" >&2
	(cd "$CACHE/debs" && apt-get "${apt_opts[@]}" -qq download "$pkg" >&2) || skip "apt-get download $pkg failed"
	find "$CACHE/debs" -maxdepth 1 -name "${pkg}_*.deb" -print -quit
}

unpack() {
	local series=$1 release=$2 vmlinuz_rel=$3
	shift 3
	local dest="$CACHE/kernels/$series"
	if [[ -f $dest/kernel.env ]] && grep -qx "RELEASE=$release" "$dest/kernel.env"; then
		echo "$series: $release (cached in $dest)" >&2
		return
	fi
	rm -rf "$dest"
	mkdir -p "$dest/root"
	local deb
	for deb in "$@"; do
		echo "unpacking $(basename "$deb")" >&2
		dpkg-deb -x "$deb" "$dest/root"
	done
	[[ -f $dest/root/$vmlinuz_rel ]] || die "$series: $vmlinuz_rel not found in the unpacked packages"
	[[ -d $dest/root/usr/lib/modules/$release ]] || die "$series: modules for $release not found"
	cat >"$dest/kernel.env" <<EOF
RELEASE=$release
VMLINUZ=$dest/root/$vmlinuz_rel
MODULES=$dest/root/usr/lib/modules/$release
EOF
	echo "$series: $release ready in $dest" >&2
}

for s in "${series_list[@]}"; do
	case $s in
	6.17)
		pkg=$(newest_package 'linux-image-6\.17\.[0-9]+\+deb13-amd64')
		[[ -n $pkg ]] || skip "no linux-image-6.17.*+deb13-amd64 in trixie-backports any more"
		release=${pkg#linux-image-}
		unpack 6.17 "$release" "boot/vmlinuz-$release" "$(fetch_deb "$pkg")"
		;;
	7.2)
		pkg=$(newest_package 'linux-binary-7\.2\.[0-9]+\+deb14-amd64')
		[[ -n $pkg ]] || skip "no linux-binary-7.2.*+deb14-amd64 in sid any more"
		release=${pkg#linux-binary-}
		unpack 7.2 "$release" "usr/lib/modules/$release/vmlinuz" \
			"$(fetch_deb "$pkg")" "$(fetch_deb "linux-modules-$release")"
		;;
	esac
done
