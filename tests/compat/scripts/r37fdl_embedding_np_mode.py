"""contrib.text embeddings under NumPy semantics hold mx.np vectors (lookups through npx.embedding, updates by
mx.np indexing, legacy arrays refused as MXNet's are); updates with repeated tokens in both modes."""
import collections, os, shutil, tempfile
import mxnet as mx
from mxnet.contrib import text

root = tempfile.mkdtemp()
path = os.path.join(root, 'e.txt')
with open(path, 'w') as f:
    f.write('a 1 2\nb 3 4\nc 5 6\n')


def show(label, fn):
    try:
        r = fn()
        print(label, type(r).__name__, r.dtype, r.shape, r.asnumpy().tolist())
    except Exception as e:
        print(label, 'ERR', type(e).__name__, str(e)[:200])


def run():
    e = text.embedding.CustomEmbedding(path)
    show('idx_to_vec', lambda: e.idx_to_vec)
    show('get one', lambda: e.get_vecs_by_tokens('b'))
    show('get list', lambda: e.get_vecs_by_tokens(['b', 'zz', 'B'], lower_case_backup=True))
    v = text.vocab.Vocabulary(collections.Counter(['a', 'c', 'c', 'q']))
    ev = text.embedding.CustomEmbedding(path, vocabulary=v)
    show('over a vocabulary', lambda: ev.idx_to_vec)
    show('composite', lambda: text.embedding.CompositeEmbedding(v, [e, ev]).idx_to_vec)
    arr = mx.np.array if mx.util.is_np_array() else mx.nd.array
    show('update one', lambda: (e.update_token_vectors('a', arr([9, 9])), e.idx_to_vec)[1])
    show('update other kind', lambda: (e.update_token_vectors('a', (mx.nd.array if mx.util.is_np_array()
                                                                    else mx.np.array)([7, 7])), e.idx_to_vec)[1])
    show('update list', lambda: (e.update_token_vectors(['a', 'b'], arr([[1, 1], [2, 2]])), e.idx_to_vec)[1])
    show('update repeated', lambda: (e.update_token_vectors(['c', 'c'], arr([[3, 3], [4, 4]])), e.idx_to_vec)[1])
    show('update unknown row', lambda: (e.update_token_vectors(['<unk>'], arr([[8, 8]])), e.idx_to_vec)[1])
    show('init ones', lambda: text.embedding.CustomEmbedding(path, init_unknown_vec=mx.nd.ones).idx_to_vec)
    show('init np ones', lambda: text.embedding.CustomEmbedding(path, init_unknown_vec=mx.np.ones).idx_to_vec)
    return e


legacy = run()
mx.npx.set_np()
np_made = run()
mx.npx.reset_np()
show('np-made, legacy update', lambda: (np_made.update_token_vectors('a', mx.nd.array([3, 3])), np_made.idx_to_vec)[1])
show('legacy-made, np lookup', lambda: legacy.get_vecs_by_tokens(['a']))
shutil.rmtree(root)
