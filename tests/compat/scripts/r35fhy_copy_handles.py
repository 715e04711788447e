"""copy.deepcopy and pickle refuse a built-in data iterator and profiler objects, as their C handles do."""
# recorded on AVX2
import copy
import os
import pickle
import tempfile
import mxnet as mx


def attempt(what, f):
    try:
        print(what, 'ok', type(f()).__name__)
    except Exception as e:
        print(what, type(e).__name__, e)


path = os.path.join(tempfile.mkdtemp(), 'd.csv')
with open(path, 'w') as f:
    f.write('1,2\n3,4\n')
it = mx.io.CSVIter(data_csv=path, data_shape=(2,), batch_size=1)
attempt('CSVIter deepcopy', lambda: copy.deepcopy(it))
attempt('CSVIter pickle', lambda: pickle.dumps(it))
shallow = copy.copy(it)
print(type(shallow).__name__, shallow.provide_data)
attempt('ResizeIter deepcopy', lambda: copy.deepcopy(mx.io.ResizeIter(it, 2)))
attempt('NDArrayIter deepcopy', lambda: copy.deepcopy(mx.io.NDArrayIter(mx.nd.ones((2, 2)), batch_size=1)))
domain = mx.profiler.Domain('dom')
attempt('Domain deepcopy', lambda: copy.deepcopy(domain))
attempt('Domain pickle', lambda: pickle.dumps(domain))
attempt('Task deepcopy', lambda: copy.deepcopy(mx.profiler.Task(domain, 't')))
attempt('Frame deepcopy', lambda: copy.deepcopy(mx.profiler.Frame(domain, 'f')))
attempt('Event deepcopy', lambda: copy.deepcopy(mx.profiler.Event('e')))
attempt('Counter pickle', lambda: pickle.dumps(mx.profiler.Counter(domain, 'c')))
attempt('Marker deepcopy', lambda: copy.deepcopy(mx.profiler.Marker(domain, 'm')))
attempt('Marker of a name pickle', lambda: pickle.dumps(mx.profiler.Marker('dom', 'm')))
attempt('kvstore deepcopy', lambda: copy.deepcopy(mx.kv.create('local')))
