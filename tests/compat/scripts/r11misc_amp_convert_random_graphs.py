"""amp.convert_symbol on random small graphs (excluded names, fp32/target ops, bfloat16): where MXNet's pass puts amp_cast and amp_multicast."""
import random
import mxnet as mx
from mxnet.contrib import amp
UN = [lambda s, n: mx.sym.relu(s, name=n), lambda s, n: mx.sym.exp(s, name=n), lambda s, n: mx.sym.softmax(s, name=n),
      lambda s, n: mx.sym.FullyConnected(s, num_hidden=3, name=n), lambda s, n: mx.sym.Activation(s, act_type='softrelu', name=n),
      lambda s, n: mx.sym.BatchNorm(s, name=n), lambda s, n: mx.sym.Activation(s, act_type='relu', name=n),
      lambda s, n: mx.sym.flatten(s, name=n), lambda s, n: mx.sym.sqrt(s, name=n), lambda s, n: mx.sym.LayerNorm(s, name=n),
      lambda s, n: mx.sym.Dropout(s, name=n), lambda s, n: mx.sym.sum(s, name=n, axis=1, keepdims=True)]
BIN = [lambda a, b, n: mx.sym.elemwise_add(a, b, name=n), lambda a, b, n: mx.sym.broadcast_mul(a, b, name=n),
       lambda a, b, n: mx.sym.concat(a, b, name=n), lambda a, b, n: mx.sym.dot(a, b, name=n), lambda a, b, n: mx.sym.broadcast_like(a, b, name=n),
       lambda a, b, n: mx.sym.where(a > 0, a, b, name=n)]
for case in range(240):
    if case in (0, 120):
        random.seed(7 if case == 0 else 11)
    pool = [mx.sym.var('v%d' % i) for i in range(2)]
    names = []
    for k in range(random.randint(1, 5)):
        n = 'n%d' % k
        if random.random() < 0.6:
            s = random.choice(UN)(random.choice(pool), n)
        else:
            s = random.choice(BIN)(random.choice(pool), random.choice(pool), n)
        names.append(n); pool.append(s)
    net = pool[-1]
    kw = {}
    if random.random() < 0.4: kw['excluded_sym_names'] = random.sample(names, random.randint(1, len(names)))
    if random.random() < 0.3: kw['cast_optional_params'] = True
    if random.random() < 0.2: kw['fp32_ops'] = ['exp']
    if random.random() < 0.2: kw['target_dtype_ops'] = ['softmax']
    if random.random() < 0.2: kw['target_dtype'] = 'bfloat16'
    try:
        out = amp.convert_symbol(net, **kw).get_internals().list_outputs()
    except Exception as e:
        out = 'EXC %s: %s' % (type(e).__name__, str(e).splitlines()[0][:100] if str(e) else '')
    print(case, sorted(kw.items()), out)
