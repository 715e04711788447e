"""Profiler objects refused while made (a name that is not a str, a domain that is not a Domain) refuse their NULL
handle when collected (Task, Frame, Event, Counter; not Domain or Marker), and mx.nd.CachedOp reads the symbol's
handle and its flags as MXNet's CachedOp does: unknown keys, unreadable values, static_shape without static_alloc."""
import gc
import sys

import mxnet as mx

sys.unraisablehook = lambda u: print('  unraisable in', u.object.__qualname__, type(u.exc_value).__name__,
                                     str(u.exc_value).splitlines()[-1])


def show(label, f):
    try:
        r = f()
        print(label, r.asnumpy().tolist() if hasattr(r, 'asnumpy') else type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, str(e).split('Stack trace')[0].strip())
    gc.collect()


d = mx.profiler.Domain('dom')
show('domain', lambda: mx.profiler.Domain(3))
show('task', lambda: mx.profiler.Task(d, 3))
show('task in no domain', lambda: mx.profiler.Task('notdomain', 'x'))
show('frame', lambda: mx.profiler.Frame(d, 3))
show('event', lambda: mx.profiler.Event(3))
show('counter', lambda: mx.profiler.Counter(d, 3))
show('counter bad value', lambda: mx.profiler.Counter(d, 'c', 'notint'))
show('marker', lambda: mx.profiler.Marker(d, 3))
show('domain new_task', lambda: d.new_task(3))
show('domain new_counter', lambda: d.new_counter(3))
show('good task', lambda: mx.profiler.Task(d, 'ok'))
a = mx.sym.var('a') * 2
for flags in [[('foo', 'bar')], [('static_alloc', 'maybe')], [('static_alloc', True), ('data_indices', [0])],
              {'static_alloc': True}, [('inline_limit', 3)], [('forward_bulk_size', 'x')], [('static_shape', True)],
              [('static_shape', 1), ('static_alloc', 1)], [('is_dynamic', 'no')], [('subgraph', 'x')],
              [('inline_limit', -1)], ()]:
    show('CachedOp flags %s' % (flags,), lambda: mx.nd.CachedOp(a, flags=flags)(mx.nd.ones(2)))
show('CachedOp of None', lambda: mx.nd.CachedOp(None))
show('CachedOp of a str', lambda: mx.nd.CachedOp('x'))
print('end')
