"""Profiler domains, tasks, frames, events and counters hold their C handle as a ctypes void pointer named handle beside their name, as MXNet's do."""
import mxnet as mx
d = mx.profiler.Domain('dom')
for o in (d, d.new_task('t'), d.new_frame('f'), d.new_counter('c', 3), d.new_marker('m'), mx.profiler.Event('e')):
    print(type(o).__name__, sorted(x for x in dir(o) if not x.startswith('_')))
    for a in ('name', 'handle'):
        v = getattr(o, a, 'MISSING')
        print(' ', a, type(v).__name__, v if a != 'handle' else '', 'handle' in vars(o), 'name' in vars(o))
