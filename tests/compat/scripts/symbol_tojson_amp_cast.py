# tojson/save drop the AMP casts other nodes read (remove_amp_cast=True, the default); casts that are outputs stay.
import json
import os
import tempfile
import mxnet as mx

x = mx.sym.var('x')
y = mx.sym.var('y')
a = mx.sym.amp_cast(x, dtype='float16', name='c1')
m = mx.sym.amp_multicast(a, y, num_outputs=2, name='mc')
out = mx.sym.Group([m[0] + m[1], mx.sym.amp_cast(y, dtype='float32', name='c2'), a])
for remove in (True, False):
    graph = json.loads(out.tojson(remove_amp_cast=remove))
    print(remove, [(n['op'], n['name'], n['inputs']) for n in graph['nodes']])
    print(graph['heads'], graph['arg_nodes'], graph['node_row_ptr'])
print(out.tojson() == out.tojson(remove_amp_cast=True))
print(out.list_outputs(), mx.sym.load_json(out.tojson()).list_outputs())
single = mx.sym.relu(mx.sym.amp_cast(x, dtype='float16', name='c3'), name='r')
print(mx.sym.load_json(single.tojson()).get_internals().list_outputs())
tmp = tempfile.mkdtemp()
out.save(os.path.join(tmp, 'a.json'))
out.save(os.path.join(tmp, 'b.json'), remove_amp_cast=False)
print([len(json.load(open(os.path.join(tmp, f)))['nodes']) for f in ('a.json', 'b.json')])
with mx.AttrScope(__ctx_group__='g'):
    mc = mx.sym.amp_multicast(x, y, num_outputs=2, name='mc2')      # no num_args attribute
print(mc.list_attr(), json.loads(mc.tojson(remove_amp_cast=False))['nodes'][2])
print([o.dtype for o in mc.eval(x=mx.nd.ones(2, dtype='float16'), y=mx.nd.ones(2))])
