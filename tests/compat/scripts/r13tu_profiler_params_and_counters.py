"""mx.profiler: an unknown set_config parameter lists MXNet's parameter table; counters refuse ints a C long cannot hold."""
import mxnet as mx


def attempt(label, f):
    try:
        print(label, 'returned', f())
    except Exception as e:
        print(label, type(e).__name__, str(e).replace('MXNetError: ', ''))


attempt('unknown parameter', lambda: mx.profiler.set_config(profile_ops=True))
attempt('old-style mode', lambda: mx.profiler.profiler_set_config(mode='bad'))
d = mx.profiler.Domain('dom')
c = mx.profiler.Counter(d, 'cnt', 3)
for label, change in [('set 2**64', lambda: c.set_value(2 ** 64)), ('set 2**64 - 1', lambda: c.set_value(2 ** 64 - 1)),
                      ('increment 2**70', lambda: c.increment(2 ** 70)), ('decrement 2**63 + 1', lambda: c.decrement(2 ** 63 + 1)),
                      ('set -2**63', lambda: c.set_value(-2 ** 63)), ('set -2**63 - 1', lambda: c.set_value(-2 ** 63 - 1)),
                      ('create with 2**65', lambda: mx.profiler.Counter(d, 'big', 2 ** 65))]:
    attempt(label, change)
for label, make in [('Task', lambda: mx.profiler.Task(d)), ('Frame', lambda: mx.profiler.Frame(d)), ('Event', lambda: mx.profiler.Event()),
                    ('Counter', lambda: mx.profiler.Counter(d)), ('Marker', lambda: mx.profiler.Marker(d)), ('Task extra', lambda: mx.profiler.Task(d, 't', 1))]:
    attempt(label, make)
for cls in ('Task', 'Frame', 'Event', 'Counter', 'Marker', 'Domain'):
    obj = getattr(mx.profiler, cls)(*{'Event': ('e',), 'Domain': ('x',)}.get(cls, (d, 'n')))
    print(cls, type(obj).__str__ is object.__str__, hasattr(obj, 'domain'), hasattr(obj, 'value'))
