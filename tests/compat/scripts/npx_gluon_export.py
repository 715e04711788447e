"""HybridBlock.export and SymbolBlock.imports under npx.set_np(): npx-format params, mx.np outputs."""
import hashlib, json
import mxnet as mx
from mxnet import gluon, np, npx
from mxnet.gluon import nn
npx.set_np()
net = nn.HybridSequential()
net.add(nn.Dense(3, in_units=2, activation='relu'), nn.Dense(1, in_units=3))
net.initialize(mx.init.Constant(0.25))
net.hybridize()
print(net(np.ones((1, 2))))
net.export('npx_gluon_export')
print(hashlib.md5(open('npx_gluon_export-0000.params', 'rb').read()).hexdigest())
g = json.load(open('npx_gluon_export-symbol.json'))
print([n['op'] for n in g['nodes']])
sb = gluon.SymbolBlock.imports('npx_gluon_export-symbol.json', ['data'], 'npx_gluon_export-0000.params')
print(type(sb(np.ones((1, 2)))).__name__, sb(np.ones((1, 2))))
import os
for f in ("npx_gluon_export-symbol.json", "npx_gluon_export-0000.params"):
    os.remove(f)
