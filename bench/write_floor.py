#!/usr/bin/python3
"""The write floor: the cost of making the folders and files of a built site, nothing else.

  /usr/bin/python3 bench/write_floor.py --list SITE > LIST       every file of SITE and its size
  /usr/bin/python3 bench/write_floor.py --create LIST DEST       makes them again under DEST

--create makes each folder (one mkdir, parents first) and writes each file with as many bytes
as the original, in the order of LIST, from one process: the least any generator must spend to
put that site on disk, whatever it computes. Timing it beside a build tells how much of the
build is the filesystem's (on ext4, making 10 times the folders costs more than 10 times).
Standard library only.
"""

import os
import sys


def list_site(site):
    for folder, _, files in sorted(os.walk(site)):
        for name in sorted(files):
            path = os.path.join(folder, name)
            print('%d\t%s' % (os.path.getsize(path), os.path.relpath(path, site)))


def create(listing, dest):
    with open(listing, encoding='utf-8') as f:
        entries = [line.rstrip('\n').split('\t', 1) for line in f if line.strip()]
    made = set()
    os.makedirs(dest)
    for size, rel in entries:
        folder = os.path.dirname(rel)
        missing = []
        while folder and folder not in made:
            missing.append(folder)
            folder = os.path.dirname(folder)
        for folder in reversed(missing):
            os.mkdir(os.path.join(dest, folder))
            made.add(folder)
        with open(os.path.join(dest, rel), 'wb') as out:
            out.write(b'x' * int(size))


if __name__ == '__main__':
    if len(sys.argv) == 3 and sys.argv[1] == '--list':
        list_site(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == '--create':
        create(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
