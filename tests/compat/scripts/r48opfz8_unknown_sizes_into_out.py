"""Ops over legacy arrays of zero (unknown) sizes into an out= array: its shape enters shape inference, which lists it with the unknown sizes filled, refuses a known size that differs in the op's words, infers transpose's input back from it, and completes for ops inferring their inputs back (reverse, expand_dims, repeat, dot, batch_dot, reshape, elemwise_*, Concat), whose kernels leave out= as it was, zero it or fail when read."""
import mxnet as mx
import numpy as np

nd = mx.nd


def message(e):
    lines = [l.strip() for l in str(e).split('\n') if l.strip() and not l.strip().startswith('[bt]')]
    lines = [l for l in lines if 'Stack trace' not in l and not l.startswith('Traceback')]
    return ' | '.join(lines)[:400]


def show(tag, f, oshape, dtype='float32'):
    out = nd.array(np.full(oshape, 2.0), dtype=dtype)
    try:
        f(out)
    except Exception as e:
        print(tag, oshape, 'call ->', type(e).__name__, message(e))
        return
    try:
        a = out.asnumpy()
        print(tag, oshape, '->', a.shape, a.dtype, a.astype('float64').sum())
    except Exception as e:
        print(tag, oshape, 'read ->', type(e).__name__, message(e))


def full(shape, dtype='float32'):
    return nd.array(np.full(shape, 2.0), dtype=dtype)


E = full((0, 3))
for oshape in [(2, 3), (0, 3), (3, 3), (2, 4)]:
    show('concat rows', lambda o: nd.concat(E, full((2, 3)), dim=0, out=o), oshape)
    show('concat cols', lambda o: nd.concat(full((2, 0)), full((2, 3)), dim=1, out=o), oshape)
for oshape in [(2, 6), (3, 6), (0, 6), (2, 5)]:
    show('concat empty', lambda o: nd.concat(E, E, dim=1, out=o), oshape)
for oshape in [(3, 2), (3, 0), (2, 3), (3, 3)]:
    show('transpose', lambda o: nd.transpose(E, out=o), oshape)
    show('transpose cols', lambda o: nd.transpose(full((2, 0)), out=o), oshape)
    show('swapaxes', lambda o: nd.swapaxes(E, 0, 1, out=o), oshape)
for oshape in [(2, 2), (0, 2), (2, 3)]:
    show('slice_axis', lambda o: nd.slice_axis(E, axis=1, begin=0, end=2, out=o), oshape)
    show('slice', lambda o: nd.slice(E, begin=(None, 1), end=(None, 3), out=o), oshape)
for oshape in [(2, 3), (3, 3), (2, 4)]:
    show('Flatten', lambda o: nd.Flatten(E, out=o), oshape)
    show('squeeze', lambda o: nd.squeeze(E, out=o), oshape)
    show('where', lambda o: nd.where(E, E, E, out=o), oshape)
    show('broadcast_add', lambda o: nd.broadcast_add(E, full((2, 3)), out=o), oshape)
    show('reverse', lambda o: nd.reverse(E, axis=0, out=o), oshape)
    show('cumsum', lambda o: nd.cumsum(E, axis=1, out=o), oshape) if oshape == (2, 4) else None
    for dt in ['float32', 'float64', 'int32']:
        for name in ['elemwise_add', 'elemwise_sub', 'elemwise_mul']:
            show(f'{name} {dt}', lambda o: getattr(nd, name)(full((0, 3), dt), full((0, 3), dt), out=o), oshape, dt)
            show(f'{name} {dt} mixed', lambda o: getattr(nd, name)(full((0, 3), dt), full((2, 3), dt), out=o),
                 oshape, dt)
for oshape in [(2, 1, 3), (0, 1, 3), (2, 2, 3), (2, 3)]:
    show('expand_dims', lambda o: nd.expand_dims(E, axis=1, out=o), oshape)
for oshape in [(3, 2), (3, 4), (3, 0), (2, 3), (6,)]:
    for dt in ['float32', 'float64', 'int32']:
        show(f'reshape {dt}', lambda o: nd.reshape(full((0, 3), dt), shape=(3, -1), out=o), oshape, dt)
for oshape in [(2, 6), (0, 6), (2, 5)]:
    show('repeat', lambda o: nd.repeat(E, 2, axis=1, out=o), oshape)
show('repeat rows', lambda o: nd.repeat(E, 2, axis=0, out=o), (4, 3))
for oshape in [(2, 3), (0, 3), (3, 2)]:
    for dt in ['float32', 'float64', 'int32']:
        show(f'dot {dt}', lambda o: nd.dot(full((0, 4), dt), full((4, 3), dt), out=o), oshape, dt)
    show('dot inner', lambda o: nd.dot(full((2, 0)), full((0, 3)), out=o), oshape)
for oshape in [(2, 2, 3), (0, 2, 3), (2, 2, 4)]:
    for dt in ['float32', 'float64']:
        show(f'batch_dot {dt}', lambda o: nd.batch_dot(full((0, 2, 4), dt), full((0, 4, 3), dt), out=o), oshape, dt)
show('batch_dot batch', lambda o: nd.batch_dot(full((0, 2, 4)), full((2, 4, 3)), out=o), (2, 2, 3))
for oshape in [(2, 1, 4, 4), (2, 1, 4, 5)]:
    show('depth_to_space', lambda o: nd.depth_to_space(full((0, 4, 2, 2)), 2, out=o), oshape)
show('cumsum known', lambda o: nd.cumsum(full((2, 3)), axis=1, out=o), (2, 6))
show('cumsum flat', lambda o: nd.cumsum(full((2, 3)), out=o), (5,))
