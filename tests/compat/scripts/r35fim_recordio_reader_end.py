"""A RecordIO reader stays at the end once reached (even across seeks) until reset, and keeps only MXNet's attributes."""
# recorded on AVX2
import os
import pickle
import tempfile

from mxnet import recordio

d = tempfile.mkdtemp()
idx, rec = os.path.join(d, 'i.idx'), os.path.join(d, 'i.rec')
w = recordio.MXIndexedRecordIO(idx, rec, 'w')
print('writer', sorted(vars(w)))
for k in range(3):
    w.write_idx(k, b'rec%d' % k)
w.close()
print('closed writer', sorted(vars(w)))
r = recordio.MXIndexedRecordIO(idx, rec, 'r')
print('reader', sorted(vars(r)))
print('reads', [r.read() for _ in range(5)])
print('after end', sorted(vars(r)))
print('seek past end', r.read_idx(1), r.read())
r.reset()
print('after reset', r.read_idx(2), r.read(), r.read_idx(0))
print('state', sorted(r.__getstate__()))
r2 = pickle.loads(pickle.dumps(r))
print('unpickled', sorted(vars(r2)), r2.read_idx(1), r2.read())
s = recordio.MXRecordIO(rec, 'r')
print('plain', sorted(vars(s)), s.read(), sorted(s.__getstate__()))
r.close()
r3 = pickle.loads(pickle.dumps(r))
print('unpickled closed', sorted(vars(r3)), r3.is_open, r3.read_idx(2))
