# A push or pull of a key never initialised, per store type, updater, gradient compression and number of arrays:
# which check refuses it, and whether the key can still be initialised afterwards.
# recorded on AVX2
import mxnet as mx
from _words import words


def attempt(label, f):
    try:
        r = f()
        print(label, 'ok' if r is None else r)
    except Exception as e:
        print(label, words(e))


for t in ['local', 'device', 'local_allreduce_device', 'local_allreduce_cpu']:
    for upd in [False, True]:
        for comp in [False, True]:
            if comp and 'device' not in t:
                continue
            for n in [1, 2, 3]:
                for op in ['push', 'pushpull', 'pull']:
                    if 'device' not in t and n > 1 and op != 'pull':
                        continue        # MXNet's 'local' sum of a missing key's arrays crashes the process
                    kv = mx.kv.create(t)
                    kv.init(0, mx.nd.zeros((2,)))
                    if upd:
                        kv._set_updater(lambda k, g, w: None)
                    if comp:
                        kv.set_gradient_compression({'type': '2bit'})
                    label = f'{t} updater={upd} 2bit={comp} {op} x{n}:'
                    arrays = [mx.nd.ones((2,)) for _ in range(n)]
                    if op == 'pull':
                        attempt(label, lambda: kv.pull(5, out=arrays))
                    else:
                        attempt(label, lambda: getattr(kv, op)(5, arrays))
                    attempt('  then init', lambda: kv.init(5, mx.nd.ones((2,)) * 3))
                    o = mx.nd.zeros((2,))
                    attempt('  then pull', lambda: kv.pull(5, out=o) or o.asnumpy().tolist())

# with compression, the 'device' reduction refuses a missing key only once some key was initialised
for other in [False, True]:
    for n in [1, 2]:
        for upd in [False, True]:
            kv = mx.kv.create('device')
            if other:
                kv.init(7, mx.nd.zeros((4,)))
            kv.set_gradient_compression({'type': '2bit', 'threshold': 0.5})
            if upd:
                kv._set_updater(lambda k, g, w: None)
            attempt(f'2bit, another key={other}, updater={upd}, x{n}:', lambda: kv.push(0, [mx.nd.ones((4,))] * n))
            attempt('  then init', lambda: kv.init(0, mx.nd.ones((4,))))
