import mxnet as mx
from mxnet import profiler


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, 'ok', r if isinstance(r, (str, int, type(None))) else type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__)


attempt('set_state bad process', profiler.set_state, 'run', profile_process='bad')
attempt('set_state bad state', profiler.set_state, 'go')
attempt('pause bad process', profiler.pause, profile_process='bad')
attempt('resume bad process', profiler.resume, profile_process='nope')
attempt('dump bad process', profiler.dump, profile_process='nope')
attempt('dumps ascending x', profiler.dumps, ascending='x')
attempt('dumps reset x', profiler.dumps, reset='x')
attempt('dumps ascending 1', profiler.dumps, ascending=1)
attempt('dumps format xml', profiler.dumps, format='xml')
attempt('dumps sort_by bad', profiler.dumps, sort_by='bad')
attempt('Domain int', profiler.Domain, 5)
d = profiler.Domain('dom')
attempt('Task str domain', profiler.Task, 'dom', 'task')
attempt('Task int name', profiler.Task, d, 3)
attempt('Frame str domain', profiler.Frame, 'dom', 'frame')
attempt('Event int name', profiler.Event, 7)
attempt('Counter str domain', profiler.Counter, 'dom', 'c')
attempt('Counter bad value', profiler.Counter, d, 'c', 'x')
m = profiler.Marker('dom', 'm')
attempt('Marker str domain', m.mark)
attempt('Marker int scope', profiler.Marker(d, 'm').mark, 5)
print(str(d), str(d.new_task('t')), str(d.new_frame('f')), str(d.new_counter('c', 2.7)), str(profiler.Event('e')))

# counters: unsigned 64-bit values set through C ints; their statistics fill the time columns
profiler.set_config(aggregate_stats=True, profile_api=False)
profiler.set_state('run')
d = profiler.Domain('counters')
c = d.new_counter('c', 50)
c.set_value(10)
c.set_value(31.9)
c2 = d.new_counter('neg', -5)
c2 -= 2 ** 33 + 2
c3 = d.new_counter('big', 2 ** 40 + 5)
c4 = d.new_counter('a_counter_name_of_27_chars', 12)
c4 += 2 ** 31 - 1
d.new_marker('mk').mark()
profiler.set_state('stop')
print(profiler.dumps(format='json'))
print(profiler.dumps(reset=True, sort_by='max'))
