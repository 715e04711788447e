"""plot_network's graph: output format checks, and drawing without Graphviz's programs on the PATH."""
import os
import shutil
import tempfile

import mxnet as mx

os.environ['PATH'] = ''         # no `dot` to run, whatever the machine has
data = mx.sym.var('data')
net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(data, num_hidden=2, name='fc'), name='softmax')
for fmt in ['PNG', 'svg', None, 'jpeg', 'bogus', '']:
    try:
        g = mx.viz.plot_network(net, save_format=fmt)
        print(repr(fmt), g.format, g.engine, g.filename, repr(g.directory))
    except ValueError as e:
        print(repr(fmt), 'ValueError', e)
g = mx.viz.plot_network(net, title='small')
tmp = tempfile.mkdtemp()
for kwargs in [{}, {'filename': 'sub/net.gv'}, {'cleanup': True}]:
    try:
        g.render(directory=tmp, **kwargs)
    except RuntimeError as e:
        print(type(e).__name__, str(e).replace(tmp, 'TMP'))
print(sorted(os.listdir(tmp)), sorted(os.listdir(os.path.join(tmp, 'sub'))), g.filename)
with open(os.path.join(tmp, 'small.gv')) as f:
    print(f.read() == g.source + '\n')
for fmt in [None, 'svg', 'nope']:
    try:
        g.pipe(format=fmt)
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    g.format = 'x'
except ValueError as e:
    print('ValueError', e)
try:
    g.engine = 'Neato'
    print(g.engine)
    g.engine = 'gcc'
except ValueError as e:
    print('ValueError', e)
t = mx.viz.plot_network(net, title=3)
print(t.filename)
try:
    t.source
except TypeError as e:
    print('TypeError', e)
print(g.save(os.path.join(tmp, 'again.gv')).replace(tmp, 'TMP'), g.filepath.replace(tmp, 'TMP'))
shutil.rmtree(tmp)
