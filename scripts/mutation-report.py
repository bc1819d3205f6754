#!/usr/bin/env python3
"""Reads PIT's mutations.xml and prints, per package, the mutants killed of those generated (no coverage
counts as not killed); with --floor N, fails (exit 1) when any package or the whole falls below N percent.
With --survivors PACKAGE_PREFIX, lists the mutants not killed there (class, line, mutator, description)."""
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict

def main(argv):
    path = argv[1]
    floor = None
    total_floor = None
    survivors = None
    args = argv[2:]
    while args:
        if args[0] == '--floor':
            floor = float(args[1]); args = args[2:]
        elif args[0] == '--total-floor':
            total_floor = float(args[1]); args = args[2:]
        elif args[0] == '--survivors':
            survivors = args[1]; args = args[2:]
        else:
            sys.exit('unknown option ' + args[0])
    root = ET.parse(path).getroot()
    per_package = defaultdict(lambda: [0, 0])
    listed = []
    for m in root.iter('mutation'):
        cls = m.findtext('mutatedClass')
        package = cls.rsplit('.', 1)[0]
        killed = m.get('detected') == 'true'
        per_package[package][0] += 1
        per_package[package][1] += 1 if killed else 0
        if survivors and not killed and cls.startswith(survivors):
            listed.append((cls, int(m.findtext('lineNumber')), m.get('status'),
                           m.findtext('mutator').rsplit('.', 1)[-1], m.findtext('description'),
                           m.findtext('mutatedMethod')))
    total = sum(v[0] for v in per_package.values())
    killed = sum(v[1] for v in per_package.values())
    failed = []
    for package in sorted(per_package):
        generated, k = per_package[package]
        percent = 100.0 * k / generated
        mark = ''
        if floor is not None and percent < floor:
            failed.append(package); mark = '  < %g %%' % floor
        print('%-48s %4d / %4d  %5.1f %%%s' % (package, k, generated, percent, mark))
    percent = 100.0 * killed / total if total else 0
    mark = ''
    if total_floor is not None and percent < total_floor:
        failed.append('all'); mark = '  < %g %%' % total_floor
    print('%-48s %4d / %4d  %5.1f %%%s' % ('all', killed, total, percent, mark))
    for s in sorted(listed):
        print('%s:%d %s %s %s (%s)' % (s[0].rsplit('.', 1)[-1], s[1], s[2], s[3], s[4], s[5]))
    return 1 if failed else 0

if __name__ == '__main__':
    sys.exit(main(sys.argv))
