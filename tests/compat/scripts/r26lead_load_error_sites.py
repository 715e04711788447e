"""Damaged NDArray files and symbol JSON that MXNet's loaders refuse, with the source line of each check."""
import os
import re
import tempfile
import mxnet as mx

d = tempfile.mkdtemp()
f = os.path.join(d, 'a.params')
mx.nd.save(f, {'w': mx.nd.array([1., 2.]), 'b': mx.nd.array([3], dtype='int64')})
raw = bytearray(open(f, 'rb').read())
for pos, flip in [(72, 1), (41, 1), (40, 0xff)]:
    b = bytearray(raw)
    b[pos] ^= flip
    try:
        mx.nd.load_frombuffer(bytes(b))
        print(pos, 'loaded')
    except mx.base.MXNetError as e:
        print(pos, repr(str(e)))
os.remove(f)
os.rmdir(d)
GRAPHS = ['{"nodes":[{"op":"null","name":"x","inputs":[]}],"arg_nodes":[0],"heads":[[5,0,0]]}',
          '{"nodes":[{"op":"null","name":"x","inputs":[]},{"op":"relu","name":"r","inputs":[[7,0,0]]}],'
          '"arg_nodes":[0],"heads":[[1,0,0]]}',
          '{"nodes":[{"op":"null","name":"x","inputs":[]}],"arg_nodes":[4],"heads":[[0,0,0]]}',
          '{"nodes":[{"op":"null","name":"x","inputs":[]}],"arg_nodes":[0],"heads":[[0,0,0]],"bogus":1}',
          '{"nodes":[{"op":"null","name":"x","inputs":[],"bogus":2}],"arg_nodes":[0],"heads":[[0,0,0]]}']
for text in GRAPHS:
    try:
        mx.sym.load_json(text)
        print('loaded')
    except mx.base.MXNetError as e:
        print(repr(re.sub(r'\[\d\d:\d\d:\d\d\]', '[T]', str(e))))
