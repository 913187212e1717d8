#!/usr/bin/python3
"""
Test fixture generator: LibreOffice Calc itself edits workbooks, as a finance officer would, and saves them
with Calc's own "Excel 2007-365" filter. Run by tests/support/libreoffice-edit.ts with Debian's python3-uno.

stdin: {"profile": dir, "pipe": name, "jobs": [{"in": path, "out": path, "ops": [...]}]}
ops (rows and columns 1-based, as on screen):
  {"op": "deleteRows", "sheet": s, "row": r, "count": n}            select rows, Delete Rows
  {"op": "insertRow", "sheet": s, "row": r, "values": {"C": "x"}}   Insert Rows Above, then type
  {"op": "set", "sheet": s, "cell": "H9", "value": 500}             type a number or text over a cell
  {"op": "sort", "sheet": s, "range": "A8:L20", "column": 3}         Data > Sort ascending on a column
  {"op": "comment", "sheet": s, "cell": "E9", "text": "..."}        Insert Comment
One soffice runs for all jobs, with a throw-away profile, and is always killed at the end.
"""
import json
import os
import signal
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.table import CellAddress


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, proc):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    for _ in range(600):
        if proc.poll() is not None:
            raise RuntimeError('soffice exited before accepting a connection')
        try:
            return resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
        except Exception:
            time.sleep(0.1)
    raise RuntimeError('soffice did not accept a connection within 60 s')


def col_index(letters):
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n - 1


def apply(doc, op):
    sheet = doc.Sheets.getByName(op['sheet'])
    kind = op['op']
    if kind == 'deleteRows':
        sheet.Rows.removeByIndex(op['row'] - 1, op.get('count', 1))
    elif kind == 'insertRow':
        sheet.Rows.insertByIndex(op['row'] - 1, 1)
        for col, v in op.get('values', {}).items():
            set_cell(sheet.getCellRangeByName('%s%d' % (col, op['row'])), v)
    elif kind == 'set':
        set_cell(sheet.getCellRangeByName(op['cell']), op['value'])
    elif kind == 'sort':
        rng = sheet.getCellRangeByName(op['range'])
        field = uno.createUnoStruct('com.sun.star.table.TableSortField')
        field.Field = op['column'] - rng.RangeAddress.StartColumn - 1
        field.IsAscending = op.get('ascending', True)
        desc = rng.createSortDescriptor()
        for p in desc:
            if p.Name == 'SortFields':
                p.Value = uno.Any('[]com.sun.star.table.TableSortField', (field,))
            elif p.Name == 'ContainsHeader':
                p.Value = False
        rng.sort(desc)
    elif kind == 'comment':
        cell = sheet.getCellRangeByName(op['cell']).CellAddress
        addr = CellAddress(cell.Sheet, cell.Column, cell.Row)
        sheet.Annotations.insertNew(addr, op['text'])
    else:
        raise ValueError('unknown op %s' % kind)


def set_cell(cell, v):
    if isinstance(v, (int, float)):
        cell.Value = v
    else:
        cell.String = v


def main():
    req = json.load(sys.stdin)
    soffice = req.get('soffice', 'soffice')
    proc = subprocess.Popen([
        soffice, '--headless', '--invisible', '--norestore', '--nolockcheck', '--nodefault',
        '-env:UserInstallation=' + uno.systemPathToFileUrl(req['profile']),
        '--accept=pipe,name=%s;urp;StarOffice.ComponentContext' % req['pipe'],
    ], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    # A kill from the test (timeout) still ends soffice: SIGTERM runs the finally below.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    try:
        ctx = connect(req['pipe'], proc)
        desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        for job in req['jobs']:
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(job['in']), '_blank', 0, (prop('Hidden', True),))
            if doc is None:
                raise RuntimeError('LibreOffice could not open ' + job['in'])
            try:
                for op in job['ops']:
                    apply(doc, op)
                doc.calculateAll()
                doc.storeToURL(uno.systemPathToFileUrl(job['out']), (prop('FilterName', 'Calc MS Excel 2007 XML'),))
            finally:
                doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge goes away as soffice quits
    finally:
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # soffice is a wrapper: end its whole group
        except ProcessLookupError:
            pass
        proc.wait()
    print('ok')


if __name__ == '__main__':
    main()
