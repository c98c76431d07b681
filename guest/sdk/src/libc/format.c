/* jpok guest SDK - printf engine. Follows C99 printf for d i u o x X c s p
 * f F %, flags - + space # 0, width and precision (also *), and the length
 * modifiers hh h l ll j z t L. %f is exact: the double is expanded digit by
 * digit as a big binary fraction and rounded half-to-even, like glibc. */
#include "format.h"

#include <libc/string.h>

void format_put(format_sink_t *sink, char c) {
  if (sink->used == sink->size && sink->flush != NULL)
    sink->flush(sink);
  if (sink->used < sink->size)
    sink->buf[sink->used++] = c;
  sink->total++;
}

static void put_repeat(format_sink_t *sink, char c, int count) {
  while (count-- > 0)
    format_put(sink, c);
}

static void put_chars(format_sink_t *sink, const char *s, int len) {
  while (len-- > 0)
    format_put(sink, *s++);
}

typedef struct {
  int left;   /* '-' */
  int plus;   /* '+' */
  int space;  /* ' ' */
  int alt;    /* '#' */
  int zero;   /* '0' */
  int width;
  int precision; /* -1 = none */
} spec_t;

/* Pads and writes: [sign/prefix][zeros][body][right pad]. */
static void emit(format_sink_t *sink, const spec_t *sp, const char *prefix,
                 int zeros, const char *body, int body_len, int zero_pad_ok) {
  int prefix_len = (int)strlen(prefix);
  int len = prefix_len + zeros + body_len;
  int pad = sp->width > len ? sp->width - len : 0;
  if (!sp->left && !(sp->zero && zero_pad_ok))
    put_repeat(sink, ' ', pad);
  put_chars(sink, prefix, prefix_len);
  if (!sp->left && sp->zero && zero_pad_ok)
    put_repeat(sink, '0', pad);
  put_repeat(sink, '0', zeros);
  put_chars(sink, body, body_len);
  if (sp->left)
    put_repeat(sink, ' ', pad);
}

static int digits_of(uint64_t value, unsigned base, int upper, char *out) {
  const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  char tmp[24];
  int n = 0, i;
  if (value <= 0xFFFFFFFFu) { /* the common case needs no 64-bit division */
    uint32_t v = (uint32_t)value;
    do {
      tmp[n++] = digits[v % base];
      v /= base;
    } while (v != 0);
  } else {
    do {
      tmp[n++] = digits[value % base];
      value /= base;
    } while (value != 0);
  }
  for (i = 0; i < n; i++)
    out[i] = tmp[n - 1 - i];
  return n;
}

static void format_integer(format_sink_t *sink, const spec_t *sp, uint64_t mag,
                           int negative, char conv) {
  char body[24];
  char prefix[3] = {0, 0, 0};
  unsigned base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
  int len = 0, zeros = 0;
  if (!(sp->precision == 0 && mag == 0))
    len = digits_of(mag, base, conv == 'X', body);
  if (sp->precision > len)
    zeros = sp->precision - len;
  if (conv == 'd' || conv == 'i') {
    if (negative)
      prefix[0] = '-';
    else if (sp->plus)
      prefix[0] = '+';
    else if (sp->space)
      prefix[0] = ' ';
  } else if (sp->alt && conv == 'o') {
    if (zeros == 0 && (len == 0 || body[0] != '0'))
      zeros = 1;
  } else if (sp->alt && mag != 0 && (conv == 'x' || conv == 'X')) {
    prefix[0] = '0';
    prefix[1] = conv;
  }
  emit(sink, sp, prefix, zeros, body, len, sp->precision < 0);
}

/* --- exact %f ---------------------------------------------------------- */

#define BIG_WORDS 36 /* 1152 bits: a double's integer part or fraction */

typedef struct {
  uint32_t w[BIG_WORDS]; /* little endian */
} big_t;

static int big_is_zero(const big_t *b) {
  int i;
  for (i = 0; i < BIG_WORDS; i++)
    if (b->w[i])
      return 0;
  return 1;
}

static void big_shl(big_t *b, int bits) {
  int words = bits / 32, shift = bits % 32, i;
  for (i = BIG_WORDS - 1; i >= 0; i--) {
    uint32_t hi = i - words >= 0 ? b->w[i - words] : 0;
    uint32_t lo = i - words - 1 >= 0 ? b->w[i - words - 1] : 0;
    b->w[i] = shift ? (hi << shift) | (lo >> (32 - shift)) : hi;
  }
}

/* b := b * 10 (the caller keeps it small enough not to overflow). */
static void big_mul10(big_t *b) {
  uint32_t carry = 0;
  int i;
  for (i = 0; i < BIG_WORDS; i++) {
    uint64_t p = (uint64_t)b->w[i] * 10u + carry;
    b->w[i] = (uint32_t)p;
    carry = (uint32_t)(p >> 32);
  }
}

/* b := b / 10, returns the remainder; 16-bit steps avoid 64-bit division. */
static unsigned big_div10(big_t *b) {
  uint32_t rem = 0;
  int i;
  for (i = BIG_WORDS - 1; i >= 0; i--) {
    uint32_t hi = (rem << 16) | (b->w[i] >> 16);
    uint32_t qhi = hi / 10;
    uint32_t lo;
    rem = hi % 10;
    lo = (rem << 16) | (b->w[i] & 0xFFFFu);
    rem = lo % 10;
    b->w[i] = (qhi << 16) | (lo / 10);
  }
  return rem;
}

static void big_add1(big_t *b) {
  int i;
  for (i = 0; i < BIG_WORDS; i++)
    if (++b->w[i] != 0)
      break;
}

static int big_bit(const big_t *b, int bit) {
  return (b->w[bit / 32] >> (bit % 32)) & 1;
}

/* Returns the value of the bits at and above `bits` (at most 4 of them
 * are set after big_mul10) and clears them. */
static unsigned big_split(big_t *b, int bits) {
  unsigned above = 0;
  int i;
  for (i = 0; i < 4 && bits + i < BIG_WORDS * 32; i++)
    above |= (unsigned)big_bit(b, bits + i) << i;
  b->w[bits / 32] &= (bits % 32) ? (1u << (bits % 32)) - 1 : 0;
  for (i = bits / 32 + 1; i < BIG_WORDS; i++)
    b->w[i] = 0;
  return above;
}

/* Compares a fraction of `bits` bits with one half: -1, 0 or 1. */
static int big_cmp_half(const big_t *b, int bits) {
  int i;
  if (!big_bit(b, bits - 1))
    return -1;
  for (i = 0; i < bits - 1; i++)
    if (big_bit(b, i))
      return 1;
  return 0;
}

#define FLOAT_PRECISION_MAX 120 /* longer precisions are cut here */

static void format_double(format_sink_t *sink, const spec_t *sp, double value,
                          int upper) {
  union {
    double d;
    uint64_t u;
  } bits;
  char prefix[2] = {0, 0};
  char fdigits[FLOAT_PRECISION_MAX];
  char idigits[320]; /* reversed */
  big_t ipart, frac;
  uint64_t mant;
  int exp2, fbits, nint = 0, prec, i, round_up = 0, len, pad, point;

  bits.d = value;
  if (bits.u >> 63)
    prefix[0] = '-';
  else if (sp->plus)
    prefix[0] = '+';
  else if (sp->space)
    prefix[0] = ' ';
  exp2 = (int)((bits.u >> 52) & 0x7FF);
  mant = bits.u & 0xFFFFFFFFFFFFFull;
  if (exp2 == 0x7FF) {
    const char *word = mant ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    emit(sink, sp, prefix, 0, word, 3, 0);
    return;
  }
  prec = sp->precision < 0 ? 6 : sp->precision;
  if (prec > FLOAT_PRECISION_MAX)
    prec = FLOAT_PRECISION_MAX;
  if (exp2 == 0)
    exp2 = -1074; /* subnormal */
  else {
    mant |= 1ull << 52;
    exp2 -= 1075;
  }
  /* value = mant * 2^exp2 = ipart + frac / 2^fbits */
  memset(&ipart, 0, sizeof(ipart));
  memset(&frac, 0, sizeof(frac));
  fbits = exp2 < 0 ? -exp2 : 0;
  if (fbits == 0) {
    ipart.w[0] = (uint32_t)mant;
    ipart.w[1] = (uint32_t)(mant >> 32);
    big_shl(&ipart, exp2);
  } else {
    if (fbits < 64) {
      ipart.w[0] = (uint32_t)(mant >> fbits);
      ipart.w[1] = (uint32_t)((mant >> fbits) >> 32);
    }
    frac.w[0] = (uint32_t)mant;
    frac.w[1] = (uint32_t)(mant >> 32);
    if (fbits < 64)
      big_split(&frac, fbits);
  }
  for (i = 0; i < prec; i++) {
    if (fbits == 0) {
      fdigits[i] = '0';
      continue;
    }
    big_mul10(&frac);
    fdigits[i] = (char)('0' + big_split(&frac, fbits));
  }
  if (fbits > 0) { /* round half to even on the exact remainder */
    int cmp = big_cmp_half(&frac, fbits);
    unsigned last = prec > 0 ? (unsigned)(fdigits[prec - 1] - '0') : ipart.w[0];
    round_up = cmp > 0 || (cmp == 0 && (last & 1u));
  }
  if (round_up) {
    for (i = prec - 1; i >= 0 && fdigits[i] == '9'; i--)
      fdigits[i] = '0';
    if (i >= 0)
      fdigits[i]++;
    else
      big_add1(&ipart);
  }
  do
    idigits[nint++] = (char)('0' + big_div10(&ipart));
  while (!big_is_zero(&ipart));

  point = prec > 0 || sp->alt;
  len = (prefix[0] ? 1 : 0) + nint + point + prec;
  pad = sp->width > len ? sp->width - len : 0;
  if (!sp->left && !sp->zero)
    put_repeat(sink, ' ', pad);
  if (prefix[0])
    format_put(sink, prefix[0]);
  if (!sp->left && sp->zero)
    put_repeat(sink, '0', pad);
  while (nint > 0)
    format_put(sink, idigits[--nint]);
  if (point)
    format_put(sink, '.');
  put_chars(sink, fdigits, prec);
  if (sp->left)
    put_repeat(sink, ' ', pad);
}

/* --- the driver -------------------------------------------------------- */

enum { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_BIG_L };

int format_vprint(format_sink_t *sink, const char *fmt, va_list args) {
  while (*fmt) {
    spec_t sp;
    int length = LEN_NONE;
    const char *start = fmt;
    char conv;
    if (*fmt != '%') {
      format_put(sink, *fmt++);
      continue;
    }
    fmt++;
    memset(&sp, 0, sizeof(sp));
    sp.precision = -1;
    for (;; fmt++) {
      if (*fmt == '-')
        sp.left = 1;
      else if (*fmt == '+')
        sp.plus = 1;
      else if (*fmt == ' ')
        sp.space = 1;
      else if (*fmt == '#')
        sp.alt = 1;
      else if (*fmt == '0')
        sp.zero = 1;
      else
        break;
    }
    if (*fmt == '*') {
      sp.width = va_arg(args, int);
      if (sp.width < 0) {
        sp.left = 1;
        sp.width = -sp.width;
      }
      fmt++;
    } else
      while (*fmt >= '0' && *fmt <= '9')
        sp.width = sp.width * 10 + (*fmt++ - '0');
    if (*fmt == '.') {
      fmt++;
      sp.precision = 0;
      if (*fmt == '*') {
        sp.precision = va_arg(args, int);
        if (sp.precision < 0)
          sp.precision = -1;
        fmt++;
      } else
        while (*fmt >= '0' && *fmt <= '9')
          sp.precision = sp.precision * 10 + (*fmt++ - '0');
    }
    if (*fmt == 'h') {
      length = LEN_H;
      if (*++fmt == 'h') {
        length = LEN_HH;
        fmt++;
      }
    } else if (*fmt == 'l') {
      length = LEN_L;
      if (*++fmt == 'l') {
        length = LEN_LL;
        fmt++;
      }
    } else if (*fmt == 'j' || *fmt == 'q') {
      length = LEN_LL;
      fmt++;
    } else if (*fmt == 'z' || *fmt == 't') {
      length = LEN_L;
      fmt++;
    } else if (*fmt == 'L') {
      length = LEN_BIG_L;
      fmt++;
    }
    conv = *fmt;
    if (conv == '\0')
      break;
    fmt++;
    switch (conv) {
    case 'd':
    case 'i': {
      int64_t v;
      if (length == LEN_LL || length == LEN_BIG_L)
        v = va_arg(args, long long);
      else if (length == LEN_L)
        v = va_arg(args, long);
      else
        v = va_arg(args, int);
      if (length == LEN_HH)
        v = (signed char)v;
      else if (length == LEN_H)
        v = (short)v;
      format_integer(sink, &sp, v < 0 ? 0 - (uint64_t)v : (uint64_t)v, v < 0,
                     conv);
      break;
    }
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      uint64_t v;
      if (length == LEN_LL || length == LEN_BIG_L)
        v = va_arg(args, unsigned long long);
      else if (length == LEN_L)
        v = va_arg(args, unsigned long);
      else
        v = va_arg(args, unsigned int);
      if (length == LEN_HH)
        v = (unsigned char)v;
      else if (length == LEN_H)
        v = (unsigned short)v;
      format_integer(sink, &sp, v, 0, conv);
      break;
    }
    case 'c': {
      char c = (char)va_arg(args, int);
      sp.precision = -1;
      emit(sink, &sp, "", 0, &c, 1, 0);
      break;
    }
    case 's': {
      const char *s = va_arg(args, const char *);
      int len = 0;
      if (s == NULL)
        s = (sp.precision < 0 || sp.precision >= 6) ? "(null)" : "";
      while (s[len] && (sp.precision < 0 || len < sp.precision))
        len++;
      emit(sink, &sp, "", 0, s, len, 0);
      break;
    }
    case 'p': {
      void *p = va_arg(args, void *);
      if (p == NULL) {
        sp.precision = -1;
        emit(sink, &sp, "", 0, "(nil)", 5, 0);
      } else {
        sp.alt = 1;
        format_integer(sink, &sp, (uint32_t)p, 0, 'x');
      }
      break;
    }
    case 'f':
    case 'F': {
      double v;
      if (length == LEN_BIG_L)
        v = (double)va_arg(args, long double);
      else
        v = va_arg(args, double);
      format_double(sink, &sp, v, conv == 'F');
      break;
    }
    case '%':
      format_put(sink, '%');
      break;
    default:
      /* unknown conversion: echo it */
      put_chars(sink, start, (int)(fmt - start));
      break;
    }
  }
  if (sink->flush != NULL)
    sink->flush(sink);
  return (int)sink->total;
}
