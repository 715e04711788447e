"""amp.convert_symbol: an entry already cast to float32 for one reader decides later readers (widest ops run in float32, casting graph inputs; neutral ops give float32), on hand-made and random graphs."""
import json
import random

import mxnet as mx
from mxnet.contrib import amp

d, d2 = mx.sym.var('data'), mx.sym.var('data2')
f = mx.sym.FullyConnected(d, num_hidden=3, name='fc0')
g = mx.sym.FullyConnected(d, num_hidden=3, name='fc1')
r = mx.sym.relu(d, name='r0')


def show(title, sym, **kw):
    js = json.loads(amp.convert_symbol(sym, **kw).tojson(remove_amp_cast=False))
    nodes = js['nodes']
    print(title, kw, [(n['name'], [nodes[i[0]]['name'] + (':%d' % i[1] if i[1] else '') for i in n['inputs']])
                      for n in nodes if n['op'] != 'null'], js['heads'])


cases = {
    'sm+where': mx.sym.Group([mx.sym.softmax(f, name='sm'), mx.sym.where(f > 0, f, f * 2, name='where0')]),
    'where+sm': mx.sym.Group([mx.sym.where(f > 0, f, f * 2, name='where0'), mx.sym.softmax(f, name='sm')]),
    'sm+relu': mx.sym.Group([mx.sym.softmax(f, name='sm'), mx.sym.relu(f, name='r')]),
    'sm+add': mx.sym.Group([mx.sym.softmax(f, name='sm'), mx.sym.elemwise_add(f, g, name='add0')]),
    'sm+add same': mx.sym.Group([mx.sym.softmax(f, name='sm'), mx.sym.elemwise_add(f, f, name='add0')]),
    'sm+bcadd data': mx.sym.Group([mx.sym.softmax(f, name='sm'), mx.sym.broadcast_add(f, d, name='add0')]),
    'add(sm, relu)': mx.sym.elemwise_add(mx.sym.softmax(f, name='sm'), mx.sym.relu(f, name='r'), name='add0'),
    'relu': r,
    'relu relu': mx.sym.relu(r, name='r1'),
    'exp,relu': mx.sym.Group([mx.sym.exp(r, name='e'), r]),
    'exp,relu(relu)': mx.sym.Group([mx.sym.exp(r, name='e'), mx.sym.relu(r, name='r1')]),
    'relu(relu),exp': mx.sym.Group([mx.sym.relu(r, name='r1'), mx.sym.exp(r, name='e')]),
    'exp,mul(relu,data2)': mx.sym.Group([mx.sym.exp(r, name='e'), mx.sym.elemwise_mul(r, d2, name='m')]),
    'cat(relu, sm)': mx.sym.Group([mx.sym.concat(r, mx.sym.softmax(d2, name='sm'), dim=0, name='c'), r]),
}
for title, sym in cases.items():
    for t in ('float16', 'bfloat16'):
        show(title, sym, target_dtype=t)
show('sm+concat data', mx.sym.Group([mx.sym.softmax(f, name='sm'), mx.sym.concat(f, g, d, name='cat0')]))
show('cat(sm, relu)', mx.sym.Group([mx.sym.concat(mx.sym.softmax(d2, name='sm'), r, dim=0, name='c'), r]))


def build(seed):
    rnd = random.Random(seed)
    pool = [d, d2]
    for i in range(rnd.randint(3, 7)):
        k = rnd.choice(['fc', 'sm', 'exp', 'relu', 'mul', 'add', 'bcadd', 'cat', 'where', 'fc', 'norm'])
        a, b = rnd.choice(pool), rnd.choice(pool)
        n = '%s%d' % (k, i)
        if k == 'fc':
            s = mx.sym.FullyConnected(a, num_hidden=4, flatten=False, name=n)
        elif k == 'sm':
            s = mx.sym.softmax(a, name=n)
        elif k == 'exp':
            s = mx.sym.exp(a, name=n)
        elif k == 'relu':
            s = mx.sym.relu(a, name=n)
        elif k == 'mul':
            s = mx.sym.elemwise_mul(a, b, name=n)
        elif k == 'add':
            s = mx.sym.elemwise_add(a, b, name=n)
        elif k == 'bcadd':
            s = mx.sym.broadcast_add(a, b, name=n)
        elif k == 'cat':
            s = mx.sym.concat(a, b, dim=0, name=n)
        elif k == 'norm':
            s = mx.sym.norm(a, axis=1, keepdims=True, name=n)
        else:
            s = mx.sym.where(a, b, a, name=n)
        pool.append(s)
    outs = pool[2:]
    rnd.shuffle(outs)
    return mx.sym.Group(outs[:rnd.randint(1, 3)])


for seed in range(60):
    show(seed, build(seed))
