"""npx.leaky_relu of a 0-d array fails in its kernel, when read: a non-float type's refusal first, else the missing first axis."""
import mxnet as mx
mx.npx.set_np()
np = mx.np


def err(e):
    lines = [l for l in str(e).split("\n") if l.strip()]
    return "%s: %s" % (type(e).__name__, ' | '.join(lines[-2:]))


for d in ['int32', 'int64', 'bool', 'int8', 'uint8', 'float32', 'float16']:
    for act in ['leaky', 'elu', 'gelu', 'selu', 'rrelu', 'prelu']:
        a = np.ones((), dtype=d)
        try:
            if act == 'prelu':
                r = mx.npx.leaky_relu(a, np.ones((1,), dtype=d), act_type=act)
            else:
                r = mx.npx.leaky_relu(a, act_type=act, slope=0.3)
            print(d, act, 'called', type(r).__name__)
            print(d, act, r.dtype, r.shape, r.asnumpy().tolist())
        except Exception as e:
            print(d, act, err(e))
        try:
            mx.nd.waitall()
        except Exception as e:
            print('  waitall', err(e))
for d in ['int32', 'float32']:
    x = np.ones((), dtype=d)
    x.attach_grad()
    try:
        with mx.autograd.record():
            y = mx.npx.leaky_relu(x, act_type='elu')
        print(d, 'recorded')
        y.backward()
        print(d, 'grad', x.grad.asnumpy().tolist())
    except Exception as e:
        print(d, 'grad case', err(e))
    try:
        mx.nd.waitall()
    except Exception as e:
        print('  waitall', err(e))
