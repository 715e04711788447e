import mxnet as mx
from mxnet import profiler


def rows(text):
    return [' '.join(l.split()[:3]) for l in text.splitlines()[3:] if l.strip() and not l.startswith(('Name', '----', '=='))]


d = profiler.Domain('dd')
d.new_counter('before_config', 5)
profiler.set_config(aggregate_stats=True, profile_all=False, profile_api=False)
d.new_counter('before_run', 6)
print('before any run', rows(profiler.dumps()))
profiler.set_state('run')
d.new_counter('running', 6)
d.new_counter('running2', 6)
profiler.pause()
d.new_counter('paused', 7)
profiler.resume()
d.new_counter('resumed', 8)
print('running', rows(profiler.dumps()))
profiler.set_state('stop')
d.new_counter('stopped', 9)
profiler.resume()
d.new_counter('resumed_stopped', 9)
print('stopped', rows(profiler.dumps()))
print('ascending by min', rows(profiler.dumps(sort_by='min', ascending=True)))
print('by count', rows(profiler.dumps(sort_by='count', reset=True)))
print('after reset', rows(profiler.dumps()))
profiler.set_config(aggregate_stats=False)
try:
    profiler.dumps(reset=True)
except mx.base.MXNetError as e:
    print('reset without statistics', type(e).__name__)
