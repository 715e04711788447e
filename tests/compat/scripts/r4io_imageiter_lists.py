# ImageIter .lst parsing (blank lines, extra label columns, CRLF, non-numbers) and imglist forms.
import os, struct, tempfile, zlib
import numpy as np
import mxnet as mx


def png(pixels):
    """A minimal RGB PNG of ``pixels`` (H x W x 3, unfiltered rows)."""
    h, w = pixels.shape[:2]
    rows = b''.join(b'\0' + pixels[i].astype('u1').tobytes() for i in range(h))

    def chunk(kind, body):
        return struct.pack('>I', len(body)) + kind + body + struct.pack('>I', zlib.crc32(kind + body) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(rows)) + chunk(b'IEND', b''))


root = tempfile.mkdtemp()
rs = np.random.RandomState(0)
for name in ['a.png', 'b.png']:
    with open(os.path.join(root, name), 'wb') as f:
        f.write(png(rs.randint(0, 256, (5, 6, 3))))
lst = os.path.join(root, 'l.lst')
for text in ['0\t1.5\ta.png\n1\t2\tb.png\n', '0\t1.5\ta.png\n\n1\t2\tb.png\n', '0\t1.5\t2.5\ta.png\n1\t2\t3\tb.png\n',
             '0\t1e1\ta.png\r\n1\tnan\tb.png\r\n', '7\t1\ta.png\n7\t2\tb.png\n', '0 1 a.png\n', '0\t1\ta.png\t\n',
             '0\tx\ta.png\n']:
    with open(lst, 'w') as f:
        f.write(text)
    for width in [1, 2]:
        try:
            it = mx.image.ImageIter(2, (3, 4, 4), path_imglist=lst, path_root=root, label_width=width)
            print(repr(text), width, it.seq, [b.label[0].asnumpy().tolist() for b in it])
        except Exception as e:      # the class is what must match
            print(repr(text), width, type(e).__name__)
for imglist in [[[1.0, 'a.png'], [2.0, 'b.png']], [[1, 'a.png']], [(np.array([1., 2.]), 'a.png')], [[1.0, 2.0, 'a.png']],
                [['a.png', 1.0]], [[np.float32(3), 'a.png']], [[1.0, 'x', 'a.png']]]:
    for width in [1, 2]:
        try:
            it = mx.image.ImageIter(1, (3, 4, 4), imglist=imglist, path_root=root, label_width=width)
            print(width, [b.label[0].asnumpy().tolist() for b in it])
        except Exception as e:
            print(width, type(e).__name__)
