/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --float --seed 3 --no-argc -o cs3.c
 * Seed:      3
 */

#include <float.h>
#include <math.h>
#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   const uint32_t  f0;
};

union U1 {
   uint32_t  f0;
   unsigned f1 : 14;
   unsigned f2 : 14;
   int32_t  f3;
};

union U2 {
   int8_t  f0;
   int32_t  f1;
   uint16_t  f2;
   int8_t * volatile  f3;
};

/* --- GLOBAL VARIABLES --- */
static int64_t g_2[2] = {0x63F9E923E64F1479LL,0x63F9E923E64F1479LL};
static uint8_t g_4 = 0x8EL;
static int16_t g_45 = 0L;
static volatile int16_t g_47 = 0xBF0BL;/* VOLATILE GLOBAL g_47 */
static volatile int16_t * const  volatile g_46[6] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static int16_t g_49[6] = {3L,3L,3L,3L,3L,3L};
static int16_t *g_48 = &g_49[0];
static int8_t g_51 = 0xFBL;
static int8_t * const g_50[10] = {&g_51,&g_51,&g_51,&g_51,&g_51,&g_51,&g_51,&g_51,&g_51,&g_51};
static int8_t g_59[5] = {0x2AL,0x2AL,0x2AL,0x2AL,0x2AL};
static int8_t *g_58 = &g_59[2];
static int32_t g_71[5][1][10] = {{{(-4L),0xC5F514FCL,1L,0x15623A55L,1L,0xC5F514FCL,(-4L),0xC5F514FCL,1L,0x15623A55L}},{{1L,0x15623A55L,1L,0xC5F514FCL,(-4L),0xC5F514FCL,1L,0xC5F514FCL,1L,1L}},{{1L,0xC5F514FCL,(-4L),0xC5F514FCL,1L,0x15623A55L,1L,0xC5F514FCL,(-4L),0xC5F514FCL}},{{1L,1L,1L,0xC5F514FCL,1L,1L,1L,1L,1L,0xC5F514FCL}},{{1L,0xC5F514FCL,1L,1L,1L,1L,1L,0xC5F514FCL,1L,1L}}};
static uint32_t g_95 = 1UL;
static uint8_t g_118 = 255UL;
static uint32_t g_127 = 0xA54FBA12L;
static uint32_t g_136[6] = {0xC50425FFL,0xC50425FFL,0xC50425FFL,0xC50425FFL,0xC50425FFL,0xC50425FFL};
static uint8_t g_140 = 0xAEL;
static uint64_t g_142 = 3UL;
static volatile union U2 g_155[9][1] = {{{0x01L}},{{0xBAL}},{{0x01L}},{{0xBAL}},{{0x01L}},{{0xBAL}},{{0x01L}},{{0xBAL}},{{0x01L}}};
static uint16_t g_160[6] = {65527UL,65527UL,65527UL,65527UL,65527UL,65527UL};
static uint16_t g_166 = 0xC352L;
static int8_t g_175 = 0x63L;
static const int32_t g_177[9] = {0L,0L,0L,0L,0L,0L,0L,0L,0L};
static uint32_t g_180 = 0xCE57EE25L;
static float g_198 = 0x5.1p-1;
static int64_t g_201 = 0xC7C84F3ABBA9BF42LL;
static uint64_t g_213 = 18446744073709551615UL;
static const uint32_t g_219 = 0x80EA506BL;
static int32_t ** volatile g_245 = (void*)0;/* VOLATILE GLOBAL g_245 */
static uint32_t *g_249 = &g_136[1];
static uint32_t **g_248 = &g_249;
static int8_t **g_258 = &g_58;
static volatile union U2 g_259 = {0x0DL};/* VOLATILE GLOBAL g_259 */
static union U2 g_266 = {0x11L};/* VOLATILE GLOBAL g_266 */
static union U1 g_288[6] = {{0xB9E5A231L},{0xB9E5A231L},{18446744073709551614UL},{0xB9E5A231L},{0xB9E5A231L},{18446744073709551614UL}};
static uint64_t *g_310 = &g_142;
static float *g_328[1][4] = {{&g_198,&g_198,&g_198,&g_198}};
static union U1 *g_395 = &g_288[5];
static union U1 **g_394 = &g_395;
static uint8_t *g_419 = &g_118;
static uint64_t g_434 = 7UL;
static uint8_t g_534 = 6UL;
static volatile union U2 g_607 = {-9L};/* VOLATILE GLOBAL g_607 */
static int64_t *g_619[4] = {&g_2[1],&g_2[1],&g_2[1],&g_2[1]};
static int64_t ** const  volatile g_618 = &g_619[2];/* VOLATILE GLOBAL g_618 */
static int32_t *g_624 = (void*)0;
static int32_t ** volatile g_643 = &g_624;/* VOLATILE GLOBAL g_643 */
static volatile union U0 g_681 = {18446744073709551615UL};/* VOLATILE GLOBAL g_681 */
static volatile int64_t g_696 = 0xA9E42AD43834DE20LL;/* VOLATILE GLOBAL g_696 */
static float g_746[10][5] = {{0xA.525B3Dp+11,0x8.Dp+1,0xA.525B3Dp+11,(-0x2.2p-1),0x7.Ep-1},{(-0x3.5p-1),0x6.48A29Ep+93,(-0x3.5p-1),(-0x2.Cp+1),(-0x2.Cp+1)},{0xA.525B3Dp+11,0x8.Dp+1,0xA.525B3Dp+11,(-0x2.2p-1),0x7.Ep-1},{(-0x3.5p-1),0x6.48A29Ep+93,(-0x3.5p-1),(-0x2.Cp+1),(-0x2.Cp+1)},{0xA.525B3Dp+11,0x8.Dp+1,0xA.525B3Dp+11,(-0x2.2p-1),0x7.Ep-1},{(-0x3.5p-1),0x6.48A29Ep+93,(-0x3.5p-1),(-0x2.Cp+1),(-0x2.Cp+1)},{0xA.525B3Dp+11,0x8.Dp+1,0xA.525B3Dp+11,(-0x2.2p-1),0x7.Ep-1},{(-0x3.5p-1),0x6.48A29Ep+93,(-0x3.5p-1),(-0x2.Cp+1),(-0x2.Cp+1)},{0xA.525B3Dp+11,0x8.Dp+1,0xA.525B3Dp+11,(-0x2.2p-1),0x7.Ep-1},{(-0x3.5p-1),0x6.48A29Ep+93,(-0x3.5p-1),(-0x2.Cp+1),(-0x2.Cp+1)}};
static float g_750 = 0xF.F4B9D2p+49;
static float * volatile g_749 = &g_750;/* VOLATILE GLOBAL g_749 */
static union U2 g_839 = {-2L};/* VOLATILE GLOBAL g_839 */
static union U0 g_849[5] = {{1UL},{1UL},{1UL},{1UL},{1UL}};
static union U0 *g_851 = &g_849[3];
static union U0 ** volatile g_850 = &g_851;/* VOLATILE GLOBAL g_850 */
static float * volatile g_863[2] = {(void*)0,(void*)0};
static float * volatile g_870[9][7][1] = {{{(void*)0},{&g_198},{&g_198},{&g_750},{&g_198},{&g_198},{&g_750}},{{&g_198},{&g_198},{&g_750},{&g_198},{&g_198},{&g_750},{&g_198}},{{&g_198},{(void*)0},{&g_198},{&g_198},{&g_750},{&g_198},{&g_198}},{{&g_750},{&g_198},{&g_198},{&g_750},{&g_198},{&g_198},{&g_750}},{{&g_198},{&g_198},{(void*)0},{&g_198},{&g_198},{&g_750},{&g_198}},{{&g_198},{&g_750},{&g_198},{&g_198},{&g_750},{&g_198},{&g_198}},{{&g_750},{&g_198},{&g_198},{(void*)0},{&g_198},{&g_198},{&g_750}},{{&g_198},{&g_198},{&g_750},{&g_198},{&g_198},{&g_750},{&g_198}},{{&g_198},{&g_750},{&g_198},{(void*)0},{&g_198},{(void*)0},{&g_198}}};
static float * volatile g_871[10] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static union U2 g_880 = {0xFAL};/* VOLATILE GLOBAL g_880 */
static uint16_t *g_945 = &g_160[2];
static uint16_t **g_944 = &g_945;
static volatile union U2 g_948 = {6L};/* VOLATILE GLOBAL g_948 */
static volatile uint64_t g_966 = 0x6B971EE0F3A0FEA1LL;/* VOLATILE GLOBAL g_966 */
static int64_t g_985 = 0xA10C6B4150811C8FLL;
static uint32_t g_1002 = 0xDE16408BL;
static volatile union U1 g_1011[3] = {{2UL},{2UL},{2UL}};
static volatile union U1 * volatile g_1010 = &g_1011[2];/* VOLATILE GLOBAL g_1010 */
static volatile union U1 * volatile * volatile g_1009 = &g_1010;/* VOLATILE GLOBAL g_1009 */
static volatile union U1 * volatile * volatile *g_1008 = &g_1009;
static volatile union U1 * volatile * volatile * volatile * volatile g_1007[6][9][4] = {{{(void*)0,&g_1008,(void*)0,&g_1008},{&g_1008,&g_1008,(void*)0,&g_1008},{&g_1008,&g_1008,&g_1008,&g_1008},{(void*)0,&g_1008,&g_1008,&g_1008},{&g_1008,&g_1008,&g_1008,&g_1008},{(void*)0,&g_1008,&g_1008,(void*)0},{(void*)0,&g_1008,&g_1008,&g_1008},{&g_1008,&g_1008,(void*)0,&g_1008},{&g_1008,&g_1008,(void*)0,&g_1008}},{{&g_1008,&g_1008,&g_1008,&g_1008},{&g_1008,&g_1008,&g_1008,&g_1008},{&g_1008,&g_1008,&g_1008,&g_1008},{(void*)0,(void*)0,&g_1008,&g_1008},{&g_1008,(void*)0,&g_1008,&g_1008},{&g_1008,&g_1008,&g_1008,&g_1008},{&g_1008,&g_1008,(void*)0,&g_1008},{&g_1008,&g_1008,(void*)0,(void*)0},{&g_1008,&g_1008,&g_1008,&g_1008}},{{(void*)0,&g_1008,&g_1008,(void*)0},{(void*)0,(void*)0,&g_1008,&g_1008},{&g_1008,&g_1008,&g_1008,&g_1008},{(void*)0,&g_1008,&g_1008,&g_1008},{&g_1008,(void*)0,(void*)0,&g_1008},{&g_1008,(void*)0,(void*)0,&g_1008},{(void*)0,&g_1008,&g_1008,&g_1008},{&g_1008,&g_1008,&g_1008,&g_1008},{&g_1008,(void*)0,(void*)0,(void*)0}},{{&g_1008,&g_1008,&g_1008,&g_1008},{(void*)0,&g_1008,&g_1008,(void*)0},{&g_1008,&g_1008,&g_1008,&g_1008},{(void*)0,&g_1008,&g_1008,&g_1008},{&g_1008,&g_1008,(void*)0,&g_1008},{&g_1008,(void*)0,(void*)0,&g_1008},{&g_1008,(void*)0,&g_1008,&g_1008},{&g_1008,&g_1008,(void*)0,&g_1008},{&g_1008,&g_1008,(void*)0,&g_1008}},{{&g_1008,&g_1008,&g_1008,&g_1008},{(void*)0,&g_1008,&g_1008,&g_1008},{&g_1008,&g_1008,&g_1008,&g_1008},{(void*)0,&g_1008,&g_1008,(void*)0},{&g_1008,&g_1008,(void*)0,&g_1008},{&g_1008,&g_1008,&g_1008,&g_1008},{&g_1008,&g_1008,&g_1008,(void*)0},{&g_1008,&g_1008,&g_1008,&g_1008},{&g_1008,&g_1008,&g_1008,&g_1008}},{{&g_1008,&g_1008,(void*)0,(void*)0},{&g_1008,&g_1008,&g_1008,(void*)0},{&g_1008,(void*)0,(void*)0,&g_1008},{&g_1008,(void*)0,&g_1008,&g_1008},{&g_1008,&g_1008,&g_1008,&g_1008},{&g_1008,(void*)0,&g_1008,&g_1008},{(void*)0,&g_1008,&g_1008,&g_1008},{&g_1008,&g_1008,&g_1008,&g_1008},{&g_1008,(void*)0,&g_1008,&g_1008}}};
static int8_t g_1084 = 5L;
static union U1 ***g_1137 = &g_394;
static union U1 ****g_1136 = &g_1137;
static union U1 *g_1143 = (void*)0;
static int32_t **g_1184 = &g_624;
static int32_t ***g_1183 = &g_1184;
static float * volatile g_1190 = (void*)0;/* VOLATILE GLOBAL g_1190 */
static union U1 g_1207 = {4UL};
static union U1 * const g_1206[6] = {&g_1207,&g_1207,&g_1207,&g_1207,&g_1207,&g_1207};
static union U1 * const *g_1205 = &g_1206[0];
static int32_t g_1280[4][9] = {{0x51009BB7L,0x51009BB7L,0x51009BB7L,0x51009BB7L,0x51009BB7L,0x51009BB7L,0x51009BB7L,0x51009BB7L,0x51009BB7L},{0x51009BB7L,0x51009BB7L,0x51009BB7L,0x51009BB7L,0x51009BB7L,0x51009BB7L,0x51009BB7L,0x51009BB7L,0x51009BB7L},{0x51009BB7L,0x51009BB7L,0x51009BB7L,0x51009BB7L,0x51009BB7L,0x51009BB7L,0x51009BB7L,0x51009BB7L,0x51009BB7L},{0x51009BB7L,0x51009BB7L,0x51009BB7L,0x51009BB7L,0x51009BB7L,0x51009BB7L,0x51009BB7L,0x51009BB7L,0x51009BB7L}};
static uint32_t g_1293 = 1UL;
static union U0 g_1312[5][3][3] = {{{{1UL},{1UL},{0x54C4A66FL}},{{18446744073709551615UL},{1UL},{0xC41F30EDL}},{{0x54C4A66FL},{0xE036D980L},{1UL}}},{{{18446744073709551615UL},{1UL},{18446744073709551615UL}},{{1UL},{0x54C4A66FL},{1UL}},{{0x134D9B25L},{0xC9C0A2BEL},{0xC41F30EDL}}},{{{0UL},{0x54C4A66FL},{0x54C4A66FL}},{{0xC41F30EDL},{1UL},{2UL}},{{0UL},{0xE036D980L},{0UL}}},{{{0x134D9B25L},{1UL},{2UL}},{{1UL},{1UL},{0x54C4A66FL}},{{18446744073709551615UL},{1UL},{0xC41F30EDL}}},{{{0x54C4A66FL},{0xE036D980L},{1UL}},{{18446744073709551615UL},{1UL},{18446744073709551615UL}},{{1UL},{0x54C4A66FL},{1UL}}}};
static int32_t g_1314 = 0x0CF3EA6BL;
static volatile int8_t g_1317 = (-6L);/* VOLATILE GLOBAL g_1317 */
static union U2 g_1350 = {-8L};/* VOLATILE GLOBAL g_1350 */
static uint16_t ***g_1363 = &g_944;
static uint16_t ****g_1362 = &g_1363;
static const uint16_t g_1429 = 0UL;
static volatile float g_1495 = 0x2.2p+1;/* VOLATILE GLOBAL g_1495 */
static uint32_t g_1496 = 0xC7B36BD0L;
static union U0 *g_1501 = &g_1312[1][0][0];
static union U0 ** volatile g_1500[5][9][5] = {{{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501}},{{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501}},{{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501}},{{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501}},{{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_1501,&g_1501}}};
static union U0 ** volatile g_1502 = &g_1501;/* VOLATILE GLOBAL g_1502 */
static volatile int32_t g_1513 = 0L;/* VOLATILE GLOBAL g_1513 */
static float * volatile *g_1539[7] = {&g_1190,&g_1190,&g_870[1][2][0],&g_1190,&g_1190,&g_870[1][2][0],&g_1190};
static float * volatile **g_1538 = &g_1539[6];
static int32_t *g_1574 = &g_1314;
static volatile uint16_t g_1586 = 0UL;/* VOLATILE GLOBAL g_1586 */
static int32_t * volatile g_1591 = (void*)0;/* VOLATILE GLOBAL g_1591 */
static int32_t * const  volatile g_1592 = &g_880.f1;/* VOLATILE GLOBAL g_1592 */
static float * const  volatile g_1611 = &g_198;/* VOLATILE GLOBAL g_1611 */
static volatile int16_t g_1641[1] = {8L};
static int8_t * const g_1642[3][8][8] = {{{&g_175,&g_1084,&g_1084,&g_175,(void*)0,&g_175,&g_1084,&g_1084},{&g_1084,&g_266.f0,&g_59[2],&g_1350.f0,&g_266.f0,&g_1084,(void*)0,&g_59[2]},{&g_839.f0,&g_266.f0,&g_1350.f0,&g_175,&g_175,&g_1350.f0,&g_266.f0,&g_59[2]},{&g_59[2],&g_175,(void*)0,(void*)0,&g_1084,&g_59[2],(void*)0,&g_266.f0},{&g_1084,&g_59[2],(void*)0,&g_266.f0,(void*)0,&g_59[2],&g_1084,(void*)0},{&g_59[2],&g_175,&g_839.f0,&g_59[2],&g_266.f0,&g_1350.f0,&g_175,&g_175},{(void*)0,&g_266.f0,(void*)0,(void*)0,&g_266.f0,(void*)0,&g_839.f0,&g_266.f0},{&g_59[2],&g_839.f0,&g_59[1],&g_175,(void*)0,&g_59[1],&g_266.f0,&g_59[1]}},{{&g_1084,&g_175,(void*)0,&g_175,&g_1084,&g_1084,&g_175,&g_266.f0},{&g_59[2],&g_1084,(void*)0,(void*)0,&g_175,&g_59[2],&g_59[2],&g_175},{&g_59[2],(void*)0,(void*)0,&g_59[2],&g_839.f0,&g_59[1],&g_175,(void*)0},{&g_175,&g_266.f0,(void*)0,&g_266.f0,&g_266.f0,&g_839.f0,&g_266.f0,&g_266.f0},{&g_59[1],&g_266.f0,&g_59[1],(void*)0,&g_175,&g_59[1],&g_839.f0,&g_59[2]},{&g_1084,(void*)0,(void*)0,&g_175,&g_59[2],&g_59[2],&g_175,(void*)0},{&g_1084,&g_1084,&g_839.f0,&g_266.f0,&g_175,&g_1084,&g_1084,&g_175},{&g_59[1],&g_175,(void*)0,&g_59[1],&g_266.f0,&g_59[1],(void*)0,&g_175}},{{&g_175,&g_839.f0,(void*)0,&g_266.f0,&g_839.f0,(void*)0,&g_266.f0,(void*)0},{&g_59[2],&g_266.f0,&g_1350.f0,&g_175,&g_175,&g_1350.f0,&g_266.f0,&g_59[2]},{&g_59[2],&g_175,(void*)0,(void*)0,&g_1084,&g_59[2],(void*)0,&g_266.f0},{&g_1084,&g_59[2],(void*)0,&g_266.f0,(void*)0,&g_59[2],&g_1084,(void*)0},{&g_59[2],&g_175,&g_839.f0,&g_59[2],&g_266.f0,&g_1350.f0,&g_175,&g_175},{(void*)0,&g_266.f0,(void*)0,(void*)0,&g_266.f0,(void*)0,&g_839.f0,&g_266.f0},{&g_59[2],&g_839.f0,&g_59[1],&g_175,(void*)0,&g_59[1],&g_266.f0,&g_59[1]},{&g_1084,&g_175,(void*)0,&g_175,&g_1084,&g_1084,&g_175,&g_266.f0}}};
static int32_t ****g_1665[7][4][9] = {{{&g_1183,&g_1183,&g_1183,(void*)0,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183},{&g_1183,&g_1183,&g_1183,(void*)0,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183},{&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,(void*)0,&g_1183,&g_1183},{(void*)0,&g_1183,&g_1183,&g_1183,(void*)0,&g_1183,&g_1183,&g_1183,&g_1183}},{{(void*)0,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183},{&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183},{&g_1183,(void*)0,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,(void*)0},{&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183}},{{(void*)0,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,(void*)0,(void*)0,&g_1183},{&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,(void*)0,&g_1183,&g_1183,&g_1183},{&g_1183,&g_1183,(void*)0,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,(void*)0},{&g_1183,&g_1183,(void*)0,&g_1183,&g_1183,&g_1183,(void*)0,&g_1183,&g_1183}},{{(void*)0,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183},{&g_1183,&g_1183,&g_1183,&g_1183,(void*)0,&g_1183,&g_1183,(void*)0,&g_1183},{&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,(void*)0,&g_1183},{&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,(void*)0,&g_1183,&g_1183,&g_1183}},{{&g_1183,&g_1183,(void*)0,&g_1183,(void*)0,&g_1183,&g_1183,&g_1183,&g_1183},{(void*)0,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,&g_1183,&g_1183,&g_1183},{&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,(void*)0,&g_1183,(void*)0,&g_1183}},{{&g_1183,&g_1183,&g_1183,(void*)0,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183},{&g_1183,(void*)0,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183},{&g_1183,&g_1183,(void*)0,(void*)0,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183},{&g_1183,&g_1183,(void*)0,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183}},{{(void*)0,&g_1183,&g_1183,&g_1183,(void*)0,&g_1183,&g_1183,(void*)0,&g_1183},{&g_1183,&g_1183,&g_1183,&g_1183,(void*)0,&g_1183,&g_1183,&g_1183,&g_1183},{&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,(void*)0},{&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,(void*)0,&g_1183,(void*)0}}};
static int32_t ***** volatile g_1664[10] = {&g_1665[3][3][8],&g_1665[3][3][8],&g_1665[3][3][8],&g_1665[3][3][8],&g_1665[3][3][8],&g_1665[3][3][8],&g_1665[3][3][8],&g_1665[3][3][8],&g_1665[3][3][8],&g_1665[3][3][8]};
static uint16_t g_1676 = 0xAA68L;
static union U0 g_1691 = {7UL};
static union U0 g_1692 = {1UL};
static union U0 g_1693[6] = {{0x0D0296A8L},{0x0D0296A8L},{0x0D0296A8L},{0x0D0296A8L},{0x0D0296A8L},{0x0D0296A8L}};
static union U0 * const g_1690[9] = {&g_1691,&g_1691,&g_1691,&g_1691,&g_1691,&g_1691,&g_1691,&g_1691,&g_1691};
static union U0 * const *g_1689 = &g_1690[7];
static volatile uint8_t g_1700 = 0xCDL;/* VOLATILE GLOBAL g_1700 */
static volatile union U2 g_1710 = {0L};/* VOLATILE GLOBAL g_1710 */
static int64_t * volatile * volatile g_1751 = &g_619[1];/* VOLATILE GLOBAL g_1751 */
static int64_t * volatile * volatile *g_1750 = &g_1751;
static int64_t * volatile * volatile * volatile * volatile g_1749 = &g_1750;/* VOLATILE GLOBAL g_1749 */
static uint8_t *g_1780 = &g_534;
static volatile union U2 g_1799 = {0x63L};/* VOLATILE GLOBAL g_1799 */
static uint32_t g_1859 = 18446744073709551615UL;
static volatile uint32_t *g_1946 = &g_1011[2].f0;
static volatile uint32_t ** volatile g_1945 = &g_1946;/* VOLATILE GLOBAL g_1945 */
static int64_t g_2007[3] = {0x7C3B781DC5157222LL,0x7C3B781DC5157222LL,0x7C3B781DC5157222LL};
static union U1 ***** volatile g_2041[8] = {&g_1136,&g_1136,&g_1136,&g_1136,&g_1136,&g_1136,&g_1136,&g_1136};
static union U1 ***** volatile g_2042 = &g_1136;/* VOLATILE GLOBAL g_2042 */
static union U2 g_2046 = {0x5FL};/* VOLATILE GLOBAL g_2046 */
static float **g_2078 = &g_328[0][1];
static float ***g_2077 = &g_2078;
static volatile union U2 g_2087[4] = {{0x4CL},{0x4CL},{0x4CL},{0x4CL}};
static union U2 g_2117 = {6L};/* VOLATILE GLOBAL g_2117 */
static volatile int64_t g_2157 = 0x562A683DF5D2659ELL;/* VOLATILE GLOBAL g_2157 */
static uint32_t ***g_2167 = &g_248;
static int16_t **g_2192[7][2] = {{&g_48,&g_48},{&g_48,&g_48},{&g_48,&g_48},{&g_48,&g_48},{&g_48,&g_48},{&g_48,&g_48},{&g_48,&g_48}};
static int16_t *** volatile g_2191 = &g_2192[1][1];/* VOLATILE GLOBAL g_2191 */
static volatile int64_t g_2206 = 0x4F085E7E288136E3LL;/* VOLATILE GLOBAL g_2206 */
static int32_t * const *g_2265 = (void*)0;
static int32_t * const ** const  volatile g_2264 = &g_2265;/* VOLATILE GLOBAL g_2264 */
static uint32_t ** volatile * volatile *g_2267 = (void*)0;
static uint32_t ** volatile * volatile * volatile *g_2266 = &g_2267;
static union U0 ** volatile ** volatile g_2271 = (void*)0;/* VOLATILE GLOBAL g_2271 */
static uint32_t g_2294 = 0xCF834750L;
static union U2 g_2295 = {0x0FL};/* VOLATILE GLOBAL g_2295 */
static const uint32_t *g_2308 = &g_1496;
static const uint32_t **g_2307 = &g_2308;
static const uint32_t ***g_2306 = &g_2307;
static volatile uint32_t g_2324[6][9][4] = {{{0x6D07DF82L,1UL,0x38D62958L,1UL},{0xB6217F3BL,18446744073709551615UL,18446744073709551615UL,0x0E6A1856L},{0xB6217F3BL,1UL,0x38D62958L,5UL},{0x6D07DF82L,0x0E6A1856L,0x47801C5BL,18446744073709551615UL},{0UL,0x42C8C2B7L,0x5CCFFEDAL,18446744073709551615UL},{18446744073709551615UL,0xE8A53D64L,0UL,18446744073709551615UL},{18446744073709551615UL,0xFD33E7A4L,0x0551837CL,0x9ECF599DL},{0UL,0xAF962AAAL,0x911DC4ACL,9UL},{0xFB44BE04L,1UL,0x952E0F3CL,0x09D63801L}},{{1UL,18446744073709551615UL,0xA73EA3B3L,0xD05895A5L},{18446744073709551615UL,0xAF962AAAL,18446744073709551609UL,1UL},{18446744073709551614UL,18446744073709551615UL,1UL,18446744073709551615UL},{0xA73EA3B3L,4UL,0x7618B331L,0x48F0CBADL},{0xAF962AAAL,0x42C8C2B7L,0x5A0E9CEBL,0xFD33E7A4L},{18446744073709551615UL,0x6FB292DBL,0UL,5UL},{0x952E0F3CL,0x8E49E6B6L,18446744073709551614UL,0x6FB292DBL},{0x60A2B42CL,18446744073709551615UL,7UL,0UL},{0xEDA2CC78L,0x9ECF599DL,0UL,18446744073709551610UL}},{{0x48F0CBADL,0xAA8D8F12L,0x030F7D31L,0x952E0F3CL},{0xAF962AAAL,0xEDA2CC78L,18446744073709551615UL,0xB6217F3BL},{0x38B0DC35L,1UL,1UL,0x38B0DC35L},{7UL,9UL,0x48F0CBADL,0UL},{18446744073709551615UL,3UL,18446744073709551609UL,0x030F7D31L},{0xE8A53D64L,18446744073709551607UL,1UL,0x030F7D31L},{1UL,0x47801C5BL,18446744073709551609UL,0x67C82EFFL},{0x68CD0E01L,0x11F9DD67L,18446744073709551615UL,0x7618B331L},{0UL,18446744073709551610UL,18446744073709551609UL,0x9ECF599DL}},{{18446744073709551609UL,18446744073709551611UL,1UL,1UL},{0x86CBC01FL,0x030F7D31L,0xFD33E7A4L,0xBE5FC535L},{1UL,0x868DD625L,18446744073709551615UL,0x68CD0E01L},{0xDA5A4A04L,0x48F0CBADL,0x5A0E9CEBL,0xBCC8F848L},{0x9ECF599DL,0xE8A53D64L,0xAA8D8F12L,1UL},{1UL,0xBCC8F848L,18446744073709551607UL,0UL},{0xFFE551A7L,0UL,1UL,7UL},{0x48F0CBADL,0xD05895A5L,18446744073709551614UL,7UL},{0UL,18446744073709551615UL,1UL,1UL}},{{18446744073709551610UL,0x6FB292DBL,18446744073709551609UL,0x911DC4ACL},{0UL,0x0551837CL,0x60A2B42CL,0xA73EA3B3L},{0xE8A53D64L,0x5A628E49L,18446744073709551615UL,0x11F9DD67L},{0x5A628E49L,0x6FB292DBL,7UL,0x868DD625L},{0x6D07DF82L,0UL,0xB6217F3BL,7UL},{0x7618B331L,1UL,8UL,18446744073709551614UL},{0x4AE6C710L,0UL,0x4AE6C710L,18446744073709551615UL},{18446744073709551614UL,1UL,18446744073709551615UL,1UL},{18446744073709551611UL,0x5CCFFEDAL,0x4C749C00L,1UL}},{{0x4B1D5239L,0x48F0CBADL,0x4C749C00L,18446744073709551610UL},{18446744073709551611UL,1UL,18446744073709551615UL,0xBE5FC535L},{18446744073709551614UL,0x5A0E9CEBL,0x4AE6C710L,18446744073709551611UL},{0x4AE6C710L,18446744073709551611UL,8UL,0xDA5A4A04L},{0x7618B331L,0x68CD0E01L,0xB6217F3BL,0x7618B331L},{0x6D07DF82L,0x911DC4ACL,7UL,0x38D62958L},{0x5A628E49L,0x47801C5BL,18446744073709551615UL,0x5A0E9CEBL},{0xE8A53D64L,18446744073709551615UL,0x60A2B42CL,0x030F7D31L},{0UL,8UL,18446744073709551609UL,0x38D62958L}}};
static volatile union U2 g_2403[9] = {{1L},{1L},{1L},{1L},{1L},{1L},{1L},{1L},{1L}};
static const int64_t * const g_2436 = &g_985;
static const int64_t * const *g_2435[6][9][2] = {{{(void*)0,(void*)0},{&g_2436,&g_2436},{&g_2436,&g_2436},{&g_2436,&g_2436},{&g_2436,(void*)0},{&g_2436,(void*)0},{&g_2436,&g_2436},{&g_2436,&g_2436},{&g_2436,&g_2436}},{{&g_2436,(void*)0},{(void*)0,(void*)0},{&g_2436,&g_2436},{&g_2436,&g_2436},{&g_2436,&g_2436},{&g_2436,(void*)0},{&g_2436,(void*)0},{&g_2436,&g_2436},{&g_2436,&g_2436}},{{&g_2436,&g_2436},{&g_2436,(void*)0},{(void*)0,(void*)0},{&g_2436,&g_2436},{&g_2436,&g_2436},{&g_2436,&g_2436},{&g_2436,(void*)0},{&g_2436,(void*)0},{&g_2436,&g_2436}},{{&g_2436,&g_2436},{&g_2436,(void*)0},{&g_2436,&g_2436},{&g_2436,&g_2436},{&g_2436,(void*)0},{(void*)0,&g_2436},{&g_2436,(void*)0},{&g_2436,&g_2436},{&g_2436,&g_2436}},{{&g_2436,(void*)0},{&g_2436,&g_2436},{(void*)0,(void*)0},{&g_2436,&g_2436},{&g_2436,&g_2436},{&g_2436,(void*)0},{(void*)0,&g_2436},{&g_2436,(void*)0},{&g_2436,&g_2436}},{{&g_2436,&g_2436},{&g_2436,(void*)0},{&g_2436,&g_2436},{(void*)0,(void*)0},{&g_2436,&g_2436},{&g_2436,&g_2436},{&g_2436,(void*)0},{(void*)0,&g_2436},{&g_2436,(void*)0}}};
static const int64_t * const **g_2434 = &g_2435[2][5][1];
static volatile union U2 g_2447[3][2] = {{{0L},{0L}},{{0L},{0L}},{{0L},{0L}}};
static float * volatile g_2472 = &g_750;/* VOLATILE GLOBAL g_2472 */
static volatile int8_t *g_2507 = &g_1317;
static volatile int8_t **g_2506[5] = {&g_2507,&g_2507,&g_2507,&g_2507,&g_2507};
static volatile int8_t ** volatile *g_2505[3][1][3] = {{{&g_2506[0],&g_2506[0],&g_2506[0]}},{{&g_2506[0],&g_2506[0],&g_2506[0]}},{{&g_2506[0],&g_2506[0],&g_2506[0]}}};
static volatile int8_t ** volatile **g_2504 = &g_2505[2][0][0];
static int32_t g_2545 = 0L;
static uint32_t g_2567 = 1UL;
static const union U1 *g_2583 = &g_288[1];
static const union U1 ** volatile g_2582[8] = {&g_2583,&g_2583,&g_2583,&g_2583,&g_2583,&g_2583,&g_2583,&g_2583};
static const union U1 ** volatile g_2584 = &g_2583;/* VOLATILE GLOBAL g_2584 */
static union U0 g_2652 = {0UL};
static int16_t *** const g_2656 = &g_2192[0][0];
static int16_t *** const *g_2655[5][5] = {{&g_2656,&g_2656,&g_2656,&g_2656,&g_2656},{&g_2656,&g_2656,&g_2656,&g_2656,&g_2656},{&g_2656,(void*)0,(void*)0,&g_2656,(void*)0},{&g_2656,&g_2656,&g_2656,&g_2656,&g_2656},{(void*)0,&g_2656,(void*)0,(void*)0,&g_2656}};
static union U2 g_2658 = {0x33L};/* VOLATILE GLOBAL g_2658 */
static union U0 g_2703 = {0xF37E2E28L};
static union U2 g_2801 = {0x3DL};/* VOLATILE GLOBAL g_2801 */
static int32_t *g_2807 = &g_288[4].f3;
static int32_t ** const g_2806 = &g_2807;
static int32_t ** const *g_2805[5] = {&g_2806,&g_2806,&g_2806,&g_2806,&g_2806};
static int32_t ** const ** const  volatile g_2804[7] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static uint64_t g_2812 = 18446744073709551609UL;
static const union U2 g_2877 = {0x02L};/* VOLATILE GLOBAL g_2877 */
static const volatile union U2 g_2906 = {-9L};/* VOLATILE GLOBAL g_2906 */
static volatile uint8_t g_2924[6][4][5] = {{{0x6CL,0xE0L,0x6CL,3UL,254UL},{0UL,0x89L,0x7BL,0x89L,0UL},{0x6CL,0xFCL,0xE0L,251UL,0xE0L},{0x91L,0xE7L,0x7BL,1UL,0x2EL}},{{0xFCL,0x6CL,0x6CL,0xFCL,0xE0L},{0xFDL,1UL,6UL,6UL,0UL},{0xE0L,0x6CL,3UL,254UL,254UL},{255UL,0xE7L,255UL,6UL,0x7BL}},{{251UL,0xFCL,254UL,0xFCL,251UL},{255UL,0x89L,0x91L,1UL,0x91L},{0xE0L,0xE0L,254UL,251UL,0x78L},{0xFDL,255UL,255UL,0x89L,0x91L}},{{0xFCL,251UL,3UL,3UL,251UL},{0x91L,255UL,6UL,0x35L,0x7BL},{0x6CL,0xE0L,0x6CL,3UL,0xE0L},{6UL,255UL,0x91L,255UL,6UL}},{{251UL,0x6CL,0x78L,3UL,0x78L},{0x2EL,246UL,0x91L,6UL,0xFDL},{0x6CL,251UL,251UL,0x6CL,0x78L},{255UL,6UL,0x7BL,0x35L,6UL}},{{0x78L,251UL,254UL,0xE0L,0xE0L},{0UL,246UL,0UL,0x35L,0x91L},{3UL,0x6CL,0xE0L,0x6CL,3UL},{0UL,255UL,0x2EL,6UL,0x2EL}}};
static uint32_t *g_2943[1] = {&g_288[4].f0};
static uint32_t **g_2942[6][7][6] = {{{(void*)0,&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0]},{(void*)0,&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0]},{(void*)0,&g_2943[0],(void*)0,&g_2943[0],&g_2943[0],&g_2943[0]},{(void*)0,&g_2943[0],&g_2943[0],(void*)0,&g_2943[0],&g_2943[0]},{&g_2943[0],&g_2943[0],(void*)0,&g_2943[0],&g_2943[0],&g_2943[0]},{&g_2943[0],&g_2943[0],&g_2943[0],(void*)0,(void*)0,&g_2943[0]},{&g_2943[0],&g_2943[0],(void*)0,&g_2943[0],&g_2943[0],&g_2943[0]}},{{&g_2943[0],&g_2943[0],&g_2943[0],(void*)0,(void*)0,&g_2943[0]},{(void*)0,&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0]},{(void*)0,&g_2943[0],(void*)0,&g_2943[0],(void*)0,(void*)0},{(void*)0,&g_2943[0],(void*)0,&g_2943[0],(void*)0,(void*)0},{(void*)0,&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0]},{(void*)0,&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0]},{(void*)0,&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0]}},{{(void*)0,&g_2943[0],&g_2943[0],(void*)0,&g_2943[0],(void*)0},{&g_2943[0],&g_2943[0],(void*)0,&g_2943[0],&g_2943[0],(void*)0},{&g_2943[0],&g_2943[0],&g_2943[0],(void*)0,&g_2943[0],&g_2943[0]},{&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0]},{&g_2943[0],&g_2943[0],(void*)0,(void*)0,&g_2943[0],&g_2943[0]},{(void*)0,&g_2943[0],(void*)0,&g_2943[0],&g_2943[0],&g_2943[0]},{(void*)0,&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0]}},{{(void*)0,&g_2943[0],(void*)0,&g_2943[0],&g_2943[0],&g_2943[0]},{(void*)0,&g_2943[0],(void*)0,&g_2943[0],&g_2943[0],&g_2943[0]},{(void*)0,&g_2943[0],(void*)0,&g_2943[0],(void*)0,(void*)0},{&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0],(void*)0},{&g_2943[0],(void*)0,&g_2943[0],&g_2943[0],(void*)0,&g_2943[0]},{&g_2943[0],&g_2943[0],(void*)0,&g_2943[0],&g_2943[0],&g_2943[0]},{&g_2943[0],&g_2943[0],&g_2943[0],(void*)0,&g_2943[0],&g_2943[0]}},{{&g_2943[0],&g_2943[0],(void*)0,&g_2943[0],&g_2943[0],(void*)0},{&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0]},{&g_2943[0],(void*)0,&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0]},{&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0]},{&g_2943[0],&g_2943[0],(void*)0,&g_2943[0],&g_2943[0],&g_2943[0]},{&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0],(void*)0,(void*)0},{&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0],(void*)0,&g_2943[0]}},{{&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0]},{&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0],(void*)0},{&g_2943[0],(void*)0,&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0]},{&g_2943[0],&g_2943[0],&g_2943[0],(void*)0,(void*)0,&g_2943[0]},{&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0],(void*)0,&g_2943[0]},{&g_2943[0],&g_2943[0],(void*)0,&g_2943[0],&g_2943[0],(void*)0},{&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0],&g_2943[0]}}};
static uint32_t *** volatile g_2941 = &g_2942[4][0][2];/* VOLATILE GLOBAL g_2941 */
static volatile int16_t g_2948[6][4][6] = {{{0L,0xEA05L,(-1L),(-1L),8L,0xA506L},{(-1L),8L,0xA506L,0xC551L,1L,0x7705L},{0xDC0BL,1L,0x9EDFL,(-1L),(-3L),0L},{(-3L),0x51BEL,0L,0xDC0BL,0L,0x51BEL}},{{(-1L),(-1L),0x9A9EL,0xC542L,0L,0x1CD7L},{1L,0L,0xE379L,4L,0xED1BL,0xEA05L},{0L,0L,0x3B08L,8L,0L,(-3L)},{0xA506L,(-1L),1L,0x9A9EL,0L,0xE379L}},{{1L,0x51BEL,0x85CEL,0L,(-3L),0L},{(-9L),1L,0xC542L,1L,1L,8L},{(-1L),8L,0L,0L,8L,(-1L)},{0x8FB8L,0xEA05L,1L,0xA506L,0x7705L,(-1L)}},{{0L,0xD4D6L,0L,0x907DL,0x0AB9L,0x4878L},{0L,0x3F03L,0x907DL,0xA506L,(-3L),4L},{0xEA05L,(-1L),(-1L),8L,0xA506L,0xC551L},{1L,0L,0L,0x907DL,(-3L),0x3F03L}},{{0L,8L,0xEA05L,0x9EDFL,0x907DL,0x9A9EL},{0xC542L,0L,0x907DL,0L,0xC542L,(-1L)},{0x1CD7L,0xDC0BL,(-1L),1L,0x9EDFL,0x0AB9L},{0L,0x9A9EL,0xE379L,0xDC0BL,(-3L),0x0AB9L}},{{(-1L),0L,(-1L),0x8FB8L,0x51BEL,(-1L)},{(-3L),0xA506L,0x907DL,0x3F03L,0L,0x9A9EL},{0xED1BL,0x1CD7L,0xEA05L,1L,0L,0x3F03L},{0x3F03L,1L,0L,0x9378L,0xC551L,0xC551L}}};
static union U2 g_2998[6][9][4] = {{{{4L},{2L},{7L},{0xF7L}},{{4L},{-1L},{-1L},{-1L}},{{0xE7L},{0xF7L},{0L},{1L}},{{0x2CL},{4L},{4L},{0x2CL}},{{1L},{0L},{0xF7L},{0xE7L}},{{-1L},{-1L},{-1L},{4L}},{{0xF7L},{7L},{2L},{4L}},{{0x84L},{-1L},{-1L},{0xE7L}},{{1L},{0L},{-9L},{0x2CL}}},{{{0x2AL},{4L},{0x2AL},{1L}},{{0xBBL},{0xF7L},{0x15L},{-1L}},{{0L},{-1L},{-1L},{0xF7L}},{{-1L},{2L},{-1L},{0x84L}},{{0L},{-1L},{0x15L},{1L}},{{0xBBL},{-9L},{0x2AL},{0x2AL}},{{0x2AL},{0x2AL},{-9L},{0xBBL}},{{1L},{0x15L},{-1L},{0L}},{{0x84L},{-1L},{2L},{-1L}}},{{{0xF7L},{-1L},{-1L},{0L}},{{-1L},{0x15L},{0xF7L},{0xBBL}},{{1L},{0x2AL},{4L},{0x2AL}},{{0x2CL},{-9L},{0L},{1L}},{{0xE7L},{-1L},{-1L},{0x84L}},{{4L},{2L},{7L},{0xF7L}},{{4L},{-1L},{-1L},{-1L}},{{0xE7L},{0xF7L},{0L},{1L}},{{0x2CL},{4L},{4L},{0x2CL}}},{{{1L},{0L},{0xF7L},{0xE7L}},{{-1L},{-1L},{-1L},{4L}},{{0xF7L},{7L},{2L},{4L}},{{0x84L},{-1L},{-1L},{0xE7L}},{{1L},{0L},{-9L},{0x2CL}},{{0x2AL},{-1L},{0L},{-1L}},{{0x2AL},{1L},{2L},{0xE7L}},{{4L},{0xBBL},{0xE7L},{1L}},{{0x15L},{-9L},{0xE7L},{0xCCL}}},{{{4L},{0x15L},{2L},{-1L}},{{0x2AL},{7L},{0L},{0L}},{{0L},{0L},{7L},{0x2AL}},{{-1L},{2L},{0x15L},{4L}},{{0xCCL},{0xE7L},{-9L},{0x15L}},{{1L},{0xE7L},{0xBBL},{4L}},{{0xE7L},{2L},{1L},{0x2AL}},{{-1L},{0L},{-1L},{0L}},{{0xC1L},{7L},{4L},{-1L}}},{{{0xF7L},{0x15L},{-1L},{0xCCL}},{{-1L},{-9L},{0x84L},{1L}},{{-1L},{0xBBL},{-1L},{0xE7L}},{{0xF7L},{1L},{4L},{-1L}},{{0xC1L},{-1L},{-1L},{0xC1L}},{{-1L},{4L},{1L},{0xF7L}},{{0xE7L},{-1L},{0xBBL},{-1L}},{{1L},{0x84L},{-9L},{-1L}},{{0xCCL},{-1L},{0x15L},{0xF7L}}}};
static volatile union U2 * volatile g_3033 = (void*)0;/* VOLATILE GLOBAL g_3033 */
static volatile union U2 * volatile *g_3032 = &g_3033;
static int16_t * volatile * volatile g_3044[3] = {&g_48,&g_48,&g_48};
static int16_t * volatile * volatile * volatile g_3043[1] = {&g_3044[1]};
static volatile union U2 g_3045 = {0x98L};/* VOLATILE GLOBAL g_3045 */
static volatile union U2 g_3055[3][3][3] = {{{{0x5AL},{-2L},{0x5AL}},{{-5L},{4L},{4L}},{{0xC7L},{-2L},{0xC7L}}},{{{-5L},{-5L},{4L}},{{0x5AL},{-2L},{0x5AL}},{{-5L},{4L},{4L}}},{{{0xC7L},{-2L},{0xC7L}},{{-5L},{-5L},{4L}},{{0x5AL},{-2L},{0x5AL}}}};
static int8_t **g_3146 = (void*)0;
static int8_t *** const g_3145 = &g_3146;
static int8_t *** const *g_3144 = &g_3145;
static uint16_t g_3160 = 0xE22FL;
static volatile union U2 g_3190 = {0L};/* VOLATILE GLOBAL g_3190 */
static uint32_t ***g_3224 = &g_2942[3][2][4];
static uint32_t ****g_3223 = &g_3224;
static uint32_t ***** const  volatile g_3222 = &g_3223;/* VOLATILE GLOBAL g_3222 */
static union U2 g_3298[4][4][7] = {{{{0x47L},{0xFFL},{1L},{0x24L},{9L},{0L},{0xDCL}},{{0xA3L},{-1L},{4L},{-7L},{9L},{0xB6L},{-7L}},{{0x24L},{0x09L},{1L},{0x07L},{0x07L},{1L},{0x09L}},{{0L},{0L},{1L},{8L},{0L},{-1L},{0x63L}}},{{{-1L},{1L},{0xEAL},{0xF8L},{0x28L},{0x7DL},{8L}},{{0xB6L},{0x73L},{-1L},{8L},{0x1BL},{0xB6L},{0x47L}},{{-10L},{8L},{1L},{0x07L},{1L},{-1L},{0xF8L}},{{0x09L},{0L},{0x47L},{-7L},{0xB6L},{0x1CL},{-10L}}},{{{1L},{1L},{0x47L},{0x24L},{-1L},{0L},{0L}},{{3L},{0xDCL},{1L},{1L},{0xDCL},{3L},{0L}},{{0x43L},{1L},{-1L},{-1L},{1L},{0xEAL},{8L}},{{0L},{9L},{0x28L},{0x63L},{0xB6L},{-1L},{0xEAL}}},{{{8L},{0xFFL},{0x1BL},{1L},{0x3EL},{0xB6L},{1L}},{{-1L},{1L},{1L},{-1L},{1L},{0x63L},{-1L}},{{0xDCL},{-1L},{0xB6L},{1L},{0x1BL},{0x28L},{0L}},{{0xDCL},{4L},{-1L},{1L},{0xFFL},{9L},{0xFFL}}}};
static int32_t g_3342 = 8L;
static int32_t ***g_3447[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static const union U0 *g_3495 = &g_2652;
static const union U0 **g_3494 = &g_3495;
static volatile union U2 g_3552[6] = {{1L},{1L},{1L},{1L},{1L},{1L}};
static int8_t g_3574 = 0xA3L;
static union U2 g_3587 = {4L};/* VOLATILE GLOBAL g_3587 */
static volatile uint64_t * const  volatile **g_3592 = (void*)0;
static uint64_t g_3630 = 0x3F93586B99F0C8DDLL;
static const volatile int32_t g_3681 = 1L;/* VOLATILE GLOBAL g_3681 */
static int32_t ** volatile g_3693 = (void*)0;/* VOLATILE GLOBAL g_3693 */
static const uint32_t *g_3723 = &g_1692.f0;
static const uint32_t **g_3722 = &g_3723;
static const uint32_t ***g_3721 = &g_3722;
static int32_t g_3740 = (-1L);
static float g_3744 = 0x5.Bp+1;
static volatile union U2 g_3760 = {0xC0L};/* VOLATILE GLOBAL g_3760 */
static const uint8_t g_3764[6] = {0xEBL,0xEBL,0xEBL,0xEBL,0xEBL,0xEBL};
static const uint8_t *g_3846 = &g_3764[2];
static const uint8_t **g_3845 = &g_3846;
static const uint8_t ** volatile * const g_3844 = &g_3845;
static float * volatile g_3888 = &g_750;/* VOLATILE GLOBAL g_3888 */
static int32_t * volatile g_3941 = &g_2658.f1;/* VOLATILE GLOBAL g_3941 */
static union U2 g_3991 = {1L};/* VOLATILE GLOBAL g_3991 */
static uint32_t * volatile g_3999 = (void*)0;/* VOLATILE GLOBAL g_3999 */
static volatile uint8_t g_4006 = 0x9EL;/* VOLATILE GLOBAL g_4006 */


/* --- FORWARD DECLARATIONS --- */
static int32_t  func_1(void);
static int32_t  func_7(int32_t  p_8, int32_t  p_9, union U0  p_10, int8_t * p_11);
static uint16_t  func_20(union U1  p_21, int8_t * p_22);
static union U1  func_23(float  p_24);
static float  func_25(int8_t * const  p_26, int8_t  p_27, float  p_28, int8_t * const  p_29, union U0  p_30);
static int8_t * func_31(int32_t  p_32, int8_t * p_33, int64_t  p_34, float  p_35, int8_t * p_36);
static int8_t * func_37(int8_t  p_38, int8_t * const  p_39, int8_t * p_40, int8_t * p_41);
static int32_t * func_72(uint64_t  p_73, uint64_t  p_74, const uint8_t  p_75);
static uint32_t  func_78(uint8_t  p_79, int16_t * p_80, int32_t * p_81, uint32_t  p_82);
static int32_t  func_85(uint8_t  p_86, uint32_t  p_87, uint64_t  p_88, int64_t  p_89, uint16_t  p_90);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_4 g_2 g_45 g_46 g_48 g_50 g_51 g_58 g_47 g_71 g_1363 g_944 g_945 g_160 g_249 g_136 g_1574 g_1641 g_618 g_619 g_258 g_59 g_1642 g_851 g_849 g_310 g_142 g_1538 g_1539 g_1314 g_175 g_1586 g_1183 g_1184 g_624 g_201 g_213 g_746 g_1008 g_1009 g_1502 g_1501 g_1312 g_1011.f2 g_419 g_118 g_1676 g_1011.f0 g_140 g_49 g_1010 g_1011 g_1700 g_1710 g_1362 g_1749 g_180 g_328 g_198 g_395 g_288 g_1799 g_1750 g_1751 g_1859 g_1780 g_534 g_394 g_1207.f0 g_2078 g_2472 g_155 g_2306 g_2307 g_2308 g_1496 g_2545 g_2567 g_643 g_2584 g_2655 g_2658 g_1665 g_1513 g_2266 g_2267 g_434 g_1946 g_1190 g_871 g_870 g_2801 g_2812 g_2271 g_2294 g_95 g_1002 g_1207 g_2877 g_2906 g_2924 g_2941 g_2998 g_3032 g_3043 g_3045 g_3055 g_1137 g_1136 g_1592 g_1945 g_3160 g_2042 g_3033 g_3145 g_3146 g_3630 g_3681 g_1280
 * writes: g_4 g_45 g_51 g_2 g_71 g_248 g_1314 g_142 g_175 g_213 g_201 g_1586 g_985 g_1665 g_1010 g_140 g_180 g_136 g_1689 g_59 g_49 g_118 g_127 g_1780 g_1207.f1 g_624 g_198 g_1350.f0 g_944 g_160 g_2077 g_1207.f0 g_746 g_750 g_2504 g_166 g_95 g_2583 g_1002 g_2655 g_1207 g_288 g_534 g_434 g_1293 g_1676 g_395 g_2812 g_2271 g_2294 g_2567 g_2924 g_2942 g_880.f1 g_3160 g_1501 g_3630
 */
static int32_t  func_1(void)
{ /* block id: 0 */
    int16_t l_3[5] = {0xEFBAL,0xEFBAL,0xEFBAL,0xEFBAL,0xEFBAL};
    int64_t l_42[4];
    int16_t *l_43 = (void*)0;
    int16_t *l_44 = &g_45;
    int8_t *l_53 = &g_51;
    int8_t **l_52[8] = {&l_53,&l_53,&l_53,&l_53,&l_53,&l_53,&l_53,&l_53};
    int8_t **l_54 = &l_53;
    int8_t *l_55[3];
    int32_t l_1659 = 0x4C529D6EL;
    const uint64_t l_3690 = 18446744073709551615UL;
    int32_t * const l_3692 = &g_1280[0][5];
    union U2 *l_3752[3];
    int32_t l_3774 = 0L;
    int32_t l_3776 = 1L;
    int32_t l_3779 = 9L;
    int32_t l_3780 = 0x31DE906DL;
    int32_t l_3783 = 0L;
    int32_t l_3784 = (-1L);
    int32_t l_3787 = 0x83F44F25L;
    int32_t l_3789 = 0x18C21F31L;
    int32_t l_3792 = 0xCA4B45EDL;
    uint8_t l_3818 = 0x8CL;
    int32_t l_3880[1];
    int64_t l_3896 = 0x8B75AF4E7569644ALL;
    uint32_t l_3939[10][3] = {{0x9EFE5639L,0xF2E55913L,0xF2E55913L},{0x950978BFL,1UL,1UL},{0x9EFE5639L,0xF2E55913L,0xF2E55913L},{0x950978BFL,1UL,1UL},{0x9EFE5639L,0xF2E55913L,0xF2E55913L},{0x950978BFL,1UL,1UL},{0x9EFE5639L,0xF2E55913L,0xF2E55913L},{0x950978BFL,1UL,1UL},{0x9EFE5639L,0xF2E55913L,0xF2E55913L},{0x950978BFL,1UL,1UL}};
    float l_3982 = (-0x7.Ep+1);
    int i, j;
    for (i = 0; i < 4; i++)
        l_42[i] = 0L;
    for (i = 0; i < 3; i++)
        l_55[i] = &g_51;
    for (i = 0; i < 3; i++)
        l_3752[i] = (void*)0;
    for (i = 0; i < 1; i++)
        l_3880[i] = 0xF209D155L;
    g_4--;
    if (func_7((((safe_rshift_func_uint16_t_u_u((l_3[0] || l_3[2]), 3)) & (safe_rshift_func_uint8_t_u_s((((safe_mul_func_int8_t_s_s(g_4, (safe_div_func_int16_t_s_s(((-4L) & l_3[2]), func_20(func_23((l_1659 = (func_25(func_31(l_3[1], func_37(l_42[0], ((*l_54) = ((((*l_44) |= g_2[1]) <= (g_46[5] != g_48)) , g_50[6])), l_55[2], &g_51), l_42[0], g_4, g_58), (*g_58), l_42[3], g_1642[1][4][6], (*g_851)) > l_42[0]))), (*g_258)))))) , l_3[2]) , 0xD0L), l_3[2]))) >= l_42[0]), l_3[2], (*g_851), (*g_258)))
    { /* block id: 1634 */
        uint32_t l_3674 = 0x8AEA0809L;
        l_3674--;
    }
    else
    { /* block id: 1636 */
        (**g_2078) = 0xC.44B1F6p-36;
    }
    for (g_1314 = 5; (g_1314 >= 0); g_1314 -= 1)
    { /* block id: 1641 */
        uint32_t l_3689 = 18446744073709551612UL;
        int32_t l_3691 = 1L;
        int32_t **l_3694 = &g_624;
        const uint32_t *l_3719[9][5] = {{&l_3689,&g_2652.f0,(void*)0,&g_2652.f0,&l_3689},{&g_1207.f0,&g_2652.f0,&g_1692.f0,&l_3689,&g_1692.f0},{&g_1692.f0,&g_1692.f0,(void*)0,&l_3689,&g_1312[1][0][0].f0},{&g_2652.f0,&g_1207.f0,&g_1207.f0,&g_2652.f0,&g_1692.f0},{&g_2652.f0,&l_3689,&g_1691.f0,&g_1691.f0,&l_3689},{&g_1692.f0,&g_1207.f0,&g_1691.f0,(void*)0,(void*)0},{&g_1207.f0,&g_1692.f0,&g_1207.f0,&g_1691.f0,(void*)0},{&l_3689,&g_2652.f0,(void*)0,&g_2652.f0,&l_3689},{&g_1207.f0,&g_2652.f0,&g_1692.f0,&l_3689,&g_1692.f0}};
        const uint32_t **l_3718[7] = {&l_3719[4][4],&l_3719[2][2],&l_3719[2][2],&l_3719[4][4],&l_3719[2][2],&l_3719[2][2],&l_3719[4][4]};
        const uint32_t ***l_3717 = &l_3718[2];
        int16_t l_3742[6];
        int64_t *****l_3746 = (void*)0;
        int32_t l_3772[7] = {3L,3L,3L,3L,3L,3L,3L};
        int32_t l_3778 = (-4L);
        int32_t l_3788 = 0L;
        uint64_t l_3824 = 0UL;
        int64_t l_3827 = 0x8E7C59EC68B5FCE3LL;
        union U0 l_3949[1] = {{0x168AA33EL}};
        int i, j;
        for (i = 0; i < 6; i++)
            l_3742[i] = 1L;
        (*l_3694) = (((safe_mod_func_int64_t_s_s((safe_sub_func_int16_t_s_s((g_3681 < (l_3[2] || (((**g_258) < 0x22L) == (safe_lshift_func_int8_t_s_u((l_3691 |= (+((((*g_310) , (safe_rshift_func_int16_t_s_s((-10L), (((*g_48) = (*g_48)) & (((*g_1780)--) >= ((((l_3689 > (((*g_419) == l_42[0]) ^ l_3690)) , &g_1136) == &g_1136) != l_42[0])))))) != (*g_419)) , (*g_2308)))), 0))))), l_3689)), 1L)) ^ 18446744073709551609UL) , l_3692);
    }
    return (*l_3692);
}


/* ------------------------------------------ */
/* 
 * reads : g_1184 g_945 g_160 g_1780 g_140 g_534 g_2545 g_1574 g_1314 g_1749 g_1750 g_1751 g_619 g_2 g_48 g_419 g_118 g_49 g_2567 g_310 g_142 g_2306 g_2307 g_2308 g_1496 g_2078 g_328 g_643 g_2584 g_1183 g_2655 g_71 g_2658 g_851 g_849 g_944 g_1665 g_395 g_249 g_1513 g_258 g_58 g_59 g_2266 g_2267 g_2472 g_434 g_136 g_624 g_1946 g_1011.f0 g_1538 g_1539 g_1190 g_871 g_870 g_1586 g_394 g_2801 g_2812 g_2271 g_1207 g_2877 g_2906 g_2924 g_2941 g_1362 g_1363 g_2998 g_3032 g_3043 g_3045 g_3055 g_1137 g_1136 g_1592 g_1945 g_3160 g_2042 g_288 g_3033 g_3145 g_3146 g_3630 g_2294 g_95 g_1207.f0 g_1002
 * writes: g_1314 g_985 g_213 g_624 g_59 g_140 g_166 g_49 g_198 g_201 g_95 g_2583 g_1002 g_2655 g_1665 g_142 g_1207 g_288 g_71 g_136 g_534 g_750 g_434 g_1293 g_1586 g_1676 g_395 g_51 g_2812 g_2271 g_2294 g_160 g_2077 g_118 g_2567 g_2924 g_2942 g_2 g_880.f1 g_3160 g_1501 g_3630
 */
static int32_t  func_7(int32_t  p_8, int32_t  p_9, union U0  p_10, int8_t * p_11)
{ /* block id: 1053 */
    int64_t **l_2528 = &g_619[2];
    int64_t ***l_2527 = &l_2528;
    int64_t *** const *l_2526 = &l_2527;
    uint8_t l_2537[3];
    const uint32_t *l_2548[1][1][1];
    const uint32_t * const *l_2547 = &l_2548[0][0][0];
    const uint32_t * const **l_2546 = &l_2547;
    uint32_t ***l_2552 = (void*)0;
    int32_t l_2555[10][6][1] = {{{0L},{0xADBE13DBL},{0L},{0xADBE13DBL},{0L},{0xADBE13DBL}},{{0L},{0xADBE13DBL},{0L},{0xADBE13DBL},{0L},{0xADBE13DBL}},{{0L},{0xADBE13DBL},{0L},{0xADBE13DBL},{0L},{0xADBE13DBL}},{{0L},{0xADBE13DBL},{0L},{0xADBE13DBL},{0L},{0xADBE13DBL}},{{0L},{0xADBE13DBL},{0L},{0xADBE13DBL},{0L},{0xADBE13DBL}},{{0L},{0xADBE13DBL},{0L},{0xADBE13DBL},{0L},{0xADBE13DBL}},{{0L},{0xADBE13DBL},{0L},{0xADBE13DBL},{0L},{0xADBE13DBL}},{{0L},{0xADBE13DBL},{0L},{0xADBE13DBL},{0L},{0xADBE13DBL}},{{0L},{0xADBE13DBL},{0L},{0xADBE13DBL},{0L},{0xADBE13DBL}},{{0L},{0xADBE13DBL},{0L},{0xADBE13DBL},{0L},{0xADBE13DBL}}};
    int32_t *****l_2572 = &g_1665[6][0][4];
    uint8_t l_2578[4];
    int16_t l_2659 = 0x1DF9L;
    uint32_t **l_2666 = &g_249;
    union U0 l_2696 = {18446744073709551611UL};
    int16_t * const *l_2735 = &g_48;
    int16_t * const **l_2734 = &l_2735;
    int16_t * const ** const *l_2733[8][7][1] = {{{(void*)0},{&l_2734},{(void*)0},{(void*)0},{&l_2734},{(void*)0},{(void*)0}},{{&l_2734},{(void*)0},{(void*)0},{&l_2734},{(void*)0},{(void*)0},{&l_2734}},{{(void*)0},{(void*)0},{&l_2734},{(void*)0},{(void*)0},{&l_2734},{(void*)0}},{{(void*)0},{&l_2734},{(void*)0},{(void*)0},{&l_2734},{(void*)0},{(void*)0}},{{&l_2734},{(void*)0},{(void*)0},{&l_2734},{(void*)0},{(void*)0},{&l_2734}},{{(void*)0},{(void*)0},{&l_2734},{(void*)0},{(void*)0},{&l_2734},{(void*)0}},{{(void*)0},{&l_2734},{(void*)0},{(void*)0},{&l_2734},{(void*)0},{(void*)0}},{{&l_2734},{(void*)0},{(void*)0},{&l_2734},{(void*)0},{(void*)0},{&l_2734}}};
    int16_t * const ** const **l_2732[3];
    const int16_t l_2799 = 1L;
    int32_t ** const *l_2803 = (void*)0;
    int8_t l_2845 = 6L;
    uint64_t l_2864 = 0xC779722C1C68DCDFLL;
    int16_t l_2917[4] = {0x3451L,0x3451L,0x3451L,0x3451L};
    union U1 l_2963 = {0xB002BA9BL};
    int16_t l_2994 = 0x0CE4L;
    union U1 *** const *l_3068 = &g_1137;
    union U1 *** const **l_3067 = &l_3068;
    uint32_t l_3079 = 0x136F4954L;
    uint8_t l_3094 = 0x26L;
    int16_t l_3199 = 6L;
    float l_3242[3];
    uint32_t l_3282[4];
    uint16_t *l_3379 = &g_880.f2;
    uint16_t l_3401[2][1][1];
    int32_t l_3493 = 0xC3058D71L;
    union U0 **l_3497 = (void*)0;
    uint16_t ***l_3502[1];
    int8_t l_3569[9][3][4];
    int64_t l_3575[3][9] = {{0xDE158D97F9692DCFLL,0x4CC8AA1209A56213LL,(-6L),0xE0FC07259F99B685LL,(-6L),0x4CC8AA1209A56213LL,0xDE158D97F9692DCFLL,0xDE158D97F9692DCFLL,0x4CC8AA1209A56213LL},{0xE0FC07259F99B685LL,0x4CC8AA1209A56213LL,1L,0x4CC8AA1209A56213LL,0xE0FC07259F99B685LL,0x3B0092DB2509B59BLL,0x3B0092DB2509B59BLL,0xE0FC07259F99B685LL,0x4CC8AA1209A56213LL},{0xDE158D97F9692DCFLL,(-6L),0xDE158D97F9692DCFLL,0x3B0092DB2509B59BLL,1L,1L,0x3B0092DB2509B59BLL,0xDE158D97F9692DCFLL,(-6L)}};
    uint64_t **l_3591 = (void*)0;
    uint64_t ***l_3590 = &l_3591;
    int8_t **l_3657 = &g_58;
    int32_t l_3669 = (-2L);
    union U2 *l_3673 = (void*)0;
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_2537[i] = 0x77L;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 1; k++)
                l_2548[i][j][k] = &g_1693[3].f0;
        }
    }
    for (i = 0; i < 4; i++)
        l_2578[i] = 0UL;
    for (i = 0; i < 3; i++)
        l_2732[i] = &l_2733[2][5][0];
    for (i = 0; i < 3; i++)
        l_3242[i] = 0x6.B4FF30p-5;
    for (i = 0; i < 4; i++)
        l_3282[i] = 4294967295UL;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 1; k++)
                l_3401[i][j][k] = 0UL;
        }
    }
    for (i = 0; i < 1; i++)
        l_3502[i] = &g_944;
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 4; k++)
                l_3569[i][j][k] = 0xF6L;
        }
    }
lbl_3200:
    for (g_1314 = 0; (g_1314 <= (-5)); --g_1314)
    { /* block id: 1056 */
        uint32_t * const *l_2530 = &g_249;
        uint32_t * const **l_2529[3][10][8] = {{{&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530},{&l_2530,(void*)0,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530},{&l_2530,(void*)0,&l_2530,(void*)0,&l_2530,(void*)0,&l_2530,(void*)0},{&l_2530,&l_2530,&l_2530,(void*)0,&l_2530,&l_2530,&l_2530,&l_2530},{&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,(void*)0,&l_2530,&l_2530},{&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530},{&l_2530,&l_2530,&l_2530,&l_2530,(void*)0,(void*)0,&l_2530,&l_2530},{&l_2530,&l_2530,&l_2530,&l_2530,(void*)0,&l_2530,&l_2530,&l_2530},{&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,(void*)0,&l_2530,&l_2530},{&l_2530,(void*)0,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530}},{{&l_2530,&l_2530,&l_2530,(void*)0,&l_2530,&l_2530,&l_2530,(void*)0},{&l_2530,&l_2530,&l_2530,&l_2530,(void*)0,&l_2530,&l_2530,&l_2530},{&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,(void*)0,&l_2530},{&l_2530,&l_2530,&l_2530,&l_2530,(void*)0,&l_2530,&l_2530,&l_2530},{&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530},{&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530},{&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,(void*)0},{&l_2530,&l_2530,&l_2530,(void*)0,&l_2530,&l_2530,(void*)0,&l_2530},{&l_2530,&l_2530,&l_2530,(void*)0,&l_2530,&l_2530,&l_2530,&l_2530},{&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530}},{{&l_2530,&l_2530,&l_2530,(void*)0,&l_2530,&l_2530,&l_2530,&l_2530},{&l_2530,&l_2530,&l_2530,(void*)0,&l_2530,&l_2530,&l_2530,(void*)0},{&l_2530,&l_2530,&l_2530,&l_2530,(void*)0,&l_2530,&l_2530,&l_2530},{&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,(void*)0,&l_2530},{&l_2530,&l_2530,&l_2530,&l_2530,(void*)0,&l_2530,&l_2530,&l_2530},{&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530},{&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530},{&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,&l_2530,(void*)0},{&l_2530,&l_2530,&l_2530,(void*)0,&l_2530,&l_2530,(void*)0,&l_2530},{&l_2530,&l_2530,&l_2530,(void*)0,&l_2530,&l_2530,&l_2530,&l_2530}}};
        int32_t *****l_2540[5] = {&g_1665[3][3][8],&g_1665[3][3][8],&g_1665[3][3][8],&g_1665[3][3][8],&g_1665[3][3][8]};
        const uint32_t * const ***l_2549 = (void*)0;
        const uint32_t * const ***l_2550 = (void*)0;
        const uint32_t * const ***l_2551 = &l_2546;
        uint32_t ****l_2553 = (void*)0;
        uint32_t ****l_2554 = &l_2552;
        uint16_t *****l_2559 = &g_1362;
        union U1 *l_2585 = &g_1207;
        union U0 *l_2651 = &g_2652;
        uint16_t l_2660 = 0xC0A7L;
        union U0 **l_2675[2];
        union U0 ***l_2674 = &l_2675[0];
        union U0 **** const l_2673 = &l_2674;
        int32_t l_2720 = (-1L);
        int64_t l_2721 = (-1L);
        int32_t l_2762 = 0x6F848ED6L;
        int64_t * const *l_2794 = &g_619[0];
        int64_t * const ** const l_2793 = &l_2794;
        float l_2810 = 0x1.Fp-1;
        int16_t l_2865 = 1L;
        int i, j, k;
        for (i = 0; i < 2; i++)
            l_2675[i] = (void*)0;
        for (g_985 = 0; (g_985 >= 24); g_985++)
        { /* block id: 1059 */
            int16_t l_2512 = 0xFBBDL;
            int32_t *l_2515 = (void*)0;
            float l_2538 = 0x0.Ep-1;
            if (l_2512)
            { /* block id: 1060 */
                int32_t l_2516 = (-2L);
                uint16_t l_2539 = 0xB964L;
                if (p_8)
                    break;
                for (g_213 = (-21); (g_213 == 26); g_213 = safe_add_func_int8_t_s_s(g_213, 6))
                { /* block id: 1064 */
                    uint16_t l_2535[1][8] = {{0x13EDL,0x13EDL,0x13EDL,0x13EDL,0x13EDL,0x13EDL,0x13EDL,0x13EDL}};
                    float l_2536 = 0x2.3p-1;
                    int i, j;
                    l_2515 = &p_9;
                    (*g_1184) = &p_9;
                    l_2540[2] = (((((safe_mul_func_uint8_t_u_u(255UL, (l_2516 || (*g_945)))) != (safe_mod_func_uint8_t_u_u((safe_lshift_func_uint8_t_u_s(((((void*)0 == l_2526) >= (((void*)0 == l_2529[0][9][0]) < (safe_rshift_func_int8_t_s_s((l_2537[0] = ((*p_11) = (p_10.f0 != ((((*l_2515) = (safe_mul_func_uint8_t_u_u((1L > l_2535[0][3]), 0xF6L))) < (*g_1780)) == l_2516)))), 6)))) & 0x30L), 2)), l_2535[0][3]))) == l_2539) | l_2535[0][3]) , (void*)0);
                }
            }
            else
            { /* block id: 1072 */
                return l_2537[0];
            }
            for (g_140 = (-10); (g_140 >= 43); g_140 = safe_add_func_int16_t_s_s(g_140, 2))
            { /* block id: 1077 */
                for (g_166 = 0; (g_166 >= 1); g_166 = safe_add_func_int64_t_s_s(g_166, 1))
                { /* block id: 1080 */
                    return p_10.f0;
                }
            }
            if (g_2545)
                continue;
        }
        if ((((*l_2551) = l_2546) != ((*l_2554) = l_2552)))
        { /* block id: 1088 */
            uint16_t *****l_2558[4];
            int32_t l_2564 = (-1L);
            union U0 ***l_2598 = (void*)0;
            int32_t *l_2635 = &g_71[1][0][6];
            int32_t *l_2650 = &l_2564;
            int32_t ****l_2661 = (void*)0;
            union U1 l_2662 = {18446744073709551615UL};
            union U0 *l_2702 = &g_2703;
            const uint32_t l_2722[3] = {0x156E0AA7L,0x156E0AA7L,0x156E0AA7L};
            int16_t l_2723 = 0x07AFL;
            union U2 *l_2727 = &g_880;
            int32_t l_2767 = 1L;
            int32_t l_2768 = 0x8B018900L;
            int32_t l_2769 = (-1L);
            int32_t l_2773 = 0x1F39087EL;
            int32_t l_2774[4] = {6L,6L,6L,6L};
            int16_t l_2784 = (-1L);
            int8_t *l_2798 = &g_880.f0;
            int i;
            for (i = 0; i < 4; i++)
                l_2558[i] = &g_1362;
            l_2555[1][0][0] = (*g_1574);
            if ((&g_2192[1][1] == ((safe_sub_func_int32_t_s_s((((((&g_1362 != (l_2559 = l_2558[3])) , ((****g_1749) <= (safe_sub_func_uint16_t_u_u((safe_mul_func_int8_t_s_s(((((*g_48) = 0xD96AL) || (l_2564 & ((*g_419) , (safe_mul_func_uint16_t_u_u((0xF2BAL <= ((*g_48) = (*g_48))), 1UL))))) ^ l_2537[0]), g_2567)), p_10.f0)))) >= (*g_310)) , p_9) || l_2555[1][0][0]), 4294967291UL)) , (void*)0)))
            { /* block id: 1093 */
                int64_t **l_2568 = &g_619[2];
                int32_t l_2571 = 0xA259DC4DL;
                uint8_t * const *l_2594 = &g_1780;
                uint8_t * const **l_2595 = (void*)0;
                uint8_t * const **l_2596 = (void*)0;
                uint8_t * const **l_2597 = &l_2594;
                union U0 **l_2608[7];
                union U0 ***l_2607 = &l_2608[5];
                int32_t l_2632 = 0L;
                int32_t ****l_2633 = &g_1183;
                int32_t *l_2634 = &l_2571;
                int16_t *** const **l_2657 = &g_2655[4][0];
                int i;
                for (i = 0; i < 7; i++)
                    l_2608[i] = &g_851;
                if (((***g_2306) == ((l_2568 = &g_619[3]) != (void*)0)))
                { /* block id: 1095 */
                    (**g_2078) = (safe_div_func_float_f_f(l_2571, 0x6.Fp+1));
                    l_2555[7][2][0] ^= (&g_1362 == (((void*)0 == l_2572) , &g_1362));
                    for (g_201 = 0; (g_201 > 23); ++g_201)
                    { /* block id: 1100 */
                        const uint8_t l_2575 = 0xE9L;
                        if (p_8)
                            break;
                        (*g_643) = &p_9;
                    }
                }
                else
                { /* block id: 1105 */
                    float l_2579[5] = {0x0.0p-1,0x0.0p-1,0x0.0p-1,0x0.0p-1,0x0.0p-1};
                    union U1 *l_2586 = &g_1207;
                    int i;
                    for (g_95 = 0; (g_95 > 42); g_95++)
                    { /* block id: 1108 */
                        if (p_10.f0)
                            break;
                    }
                    if ((l_2578[3] ^ p_10.f0))
                    { /* block id: 1111 */
                        const union U1 *l_2580 = (void*)0;
                        const union U1 **l_2581 = (void*)0;
                        (*g_2584) = l_2580;
                    }
                    else
                    { /* block id: 1113 */
                        uint64_t l_2587 = 0x04790C167B7268B3LL;
                        l_2586 = l_2585;
                        l_2587--;
                    }
                }
                if ((l_2564 = (1UL > (((safe_rshift_func_int8_t_s_s(0x00L, ((*p_11) = 0L))) < (((((*g_1780) && (&g_1780 != ((*l_2597) = l_2594))) , l_2598) != ((safe_add_func_uint8_t_u_u((safe_add_func_int8_t_s_s((((safe_sub_func_int16_t_s_s(p_8, ((safe_mod_func_uint32_t_u_u((l_2571 <= p_10.f0), 4294967288UL)) | 0x2EL))) , l_2564) >= (*g_419)), (*g_419))), p_10.f0)) , l_2607)) | l_2571)) & 0x0EC3A11DE80F56F1LL))))
                { /* block id: 1121 */
                    for (g_1002 = 1; (g_1002 <= 5); g_1002 += 1)
                    { /* block id: 1124 */
                        int32_t l_2621 = (-10L);
                        (**g_1183) = l_2634;
                        (***l_2633) = l_2635;
                    }
                    (*g_1184) = l_2650;
                    if ((*l_2650))
                        break;
                }
                else
                { /* block id: 1135 */
                    l_2651 = (void*)0;
                }
                p_9 = (safe_add_func_uint64_t_u_u(((*g_310) = ((((((*l_2657) = g_2655[4][0]) == ((((*l_2572) = l_2633) != (void*)0) , (g_71[1][0][3] , (g_2658 , ((*g_851) , &g_2191))))) != (((((-8L) && ((*l_2634) == p_10.f0)) ^ p_9) , l_2659) != 0xE525D35AF0AB6F59LL)) || (**g_944)) != p_8)), p_9));
            }
            else
            { /* block id: 1142 */
                int32_t ****l_2663 = &g_1183;
                int32_t l_2664 = (-1L);
                const uint32_t **l_2665 = &g_2308;
                float l_2756[8][10][3] = {{{0xC.97405Ap-47,0x5.C3F112p-62,(-0x7.3p+1)},{(-0x1.Cp+1),(-0x1.Cp+1),0x5.C3F112p-62},{0x4.7p+1,0x9.CB9AADp+85,0xC.258C95p+27},{0x1.Dp-1,0x7.0p+1,0x7.C3F2ECp+64},{0x0.2p+1,(-0x3.2p-1),(-0x8.Ep+1)},{0x1.E67EFCp+1,0x1.Dp-1,0x7.C3F2ECp+64},{0xD.EB7D25p+31,0xA.BD7C96p-20,0xC.258C95p+27},{0x9.3A8AE6p+6,0x5.6684E7p+52,0x5.C3F112p-62},{0x4.B2136Ap+0,0xC.5DA1EBp+75,(-0x7.3p+1)},{0x6.92532Ap+60,(-0x3.2p-1),0x3.8p-1}},{{(-0x7.Ap-1),0x1.Cp-1,0x0.4p+1},{0x9.16FE89p+50,0x5.9D357Fp+18,0x0.6p+1},{0x8.74CEC8p+80,0x0.6p+1,0x4.B2136Ap+0},{0x1.7p+1,0x5.274AA2p+24,(-0x7.3p+1)},{0x0.2p+1,0x4.83662Bp+49,0x0.4p-1},{0xF.A5855Cp-68,0x9.CB9AADp+85,0x6.4p+1},{0xF.A5855Cp-68,0xE.609F99p-19,0x1.7p+1},{0x0.2p+1,0x4.B2136Ap+0,0x9.CB9AADp+85},{0x1.7p+1,0xC.5DA1EBp+75,0x7.C3F2ECp+64},{0x8.74CEC8p+80,(-0x1.2p-1),0x9.Fp-1}},{{0x9.16FE89p+50,0x5.6684E7p+52,0x0.0p-1},{(-0x7.Ap-1),0xF.A5855Cp-68,0x1.F29526p-54},{0x6.92532Ap+60,0x4.B2136Ap+0,0x4.B2136Ap+0},{0x4.B2136Ap+0,0x7.0p+1,0x0.4p+1},{0x9.3A8AE6p+6,(-0x1.2p+1),0x0.2p+1},{0xD.EB7D25p+31,0x0.6p+1,0x7.9CB3B1p-25},{0x1.E67EFCp+1,0xF.CAAABDp+88,0x1.F29526p-54},{0x0.2p+1,0x0.6p+1,0x5.C3F112p-62},{0x1.Dp-1,(-0x1.2p+1),0x6.4p+1},{0x4.7p+1,0x7.0p+1,0xF.DBDC57p+6}},{{(-0x1.Cp+1),0x4.B2136Ap+0,(-0x8.Ep-1)},{0x1.E67EFCp+1,0xF.A5855Cp-68,0x1.7p+1},{0x8.74CEC8p+80,0x5.6684E7p+52,0xC.258C95p+27},{(-0x5.Ep+1),(-0x1.2p-1),0x0.0p-1},{0x3.8p-1,0xC.5DA1EBp+75,0x6.E80F64p+33},{(-0x1.4p+1),0x4.B2136Ap+0,0x7.9CB3B1p-25},{(-0x7.Ap-1),0xE.609F99p-19,0x0.6p+1},{0x9.3A8AE6p+6,0x9.CB9AADp+85,0x0.6p+1},{0x6.BA708Ep-35,0x4.83662Bp+49,0x7.9CB3B1p-25},{0xF.DBDC57p+6,0x5.274AA2p+24,0x6.E80F64p+33}},{{(-0x1.Cp+1),0x0.6p+1,0x0.0p-1},{0xF.A5855Cp-68,0x5.9D357Fp+18,0xC.258C95p+27},{0x4.7p+1,0x1.Cp-1,0x1.7p+1},{0x0.6p+1,(-0x3.2p-1),(-0x8.Ep-1)},{0xF.DBDC57p+6,0xC.5DA1EBp+75,0xF.DBDC57p+6},{0xD.EB7D25p+31,0x5.6684E7p+52,0x6.4p+1},{0x9.16FE89p+50,0xA.BD7C96p-20,0x5.C3F112p-62},{0x3.8p-1,0x1.Dp-1,0x1.F29526p-54},{0x1.Ep+1,(-0x3.2p-1),0x7.9CB3B1p-25},{0x3.8p-1,0x7.0p+1,0x0.2p+1}},{{0x9.16FE89p+50,0x9.CB9AADp+85,0x0.4p+1},{0xD.EB7D25p+31,(-0x1.Cp+1),0x4.B2136Ap+0},{0xF.DBDC57p+6,0x5.C3F112p-62,0x1.F29526p-54},{0x0.6p+1,0x4.83662Bp+49,0x0.0p-1},{0x4.7p+1,(-0x1.2p+1),0x9.Fp-1},{0xF.A5855Cp-68,0x1.Cp-1,0x7.C3F2ECp+64},{(-0x1.Cp+1),(-0x7.Ap-1),0x9.CB9AADp+85},{0xF.DBDC57p+6,0x1.Dp-1,0x1.7p+1},{0x6.BA708Ep-35,(-0x1.2p-1),0x6.4p+1},{0x9.3A8AE6p+6,(-0x1.2p-1),0x0.4p-1}},{{(-0x7.Ap-1),0x1.Dp-1,(-0x7.3p+1)},{(-0x1.4p+1),(-0x7.Ap-1),0x4.B2136Ap+0},{0x3.8p-1,0x1.Cp-1,0x0.6p+1},{(-0x5.Ep+1),(-0x1.2p+1),0x0.4p+1},{0x3.64C217p-89,0xF.CAAABDp+88,0x6.232FC4p-11},{0x9.CB9AADp+85,0x4.7p+1,0xC.97405Ap-47},{0x5.C3F112p-62,0x5.C3F112p-62,0x4.7p+1},{0xE.0CCD9Cp+27,0x3.8p-1,0x6.E80F64p+33},{0x8.74CEC8p+80,0x1.2p+1,(-0x1.2p+1)},{0x0.0p-1,(-0x1.4p+1),0x7.9CB3B1p-25}},{{0x9.CB9AADp+85,0x8.74CEC8p+80,(-0x1.2p+1)},{0x5.6684E7p+52,0x1.Cp-1,0x6.E80F64p+33},{0x7.C3F2ECp+64,(-0x1.Ap+1),0x4.7p+1},{0x6.92532Ap+60,0xD.EB7D25p+31,0xC.97405Ap-47},{0x0.4p+1,(-0x1.4p+1),0x6.232FC4p-11},{0x1.Ep+1,0x9.Fp-1,0x5.274AA2p+24},{0x1.7p+1,0x4.B2136Ap+0,0x0.4p-1},{0x3.64C217p-89,0x0.4p-1,0x6.92532Ap+60},{(-0x8.Ep+1),0xF.A5855Cp-68,0xC.97405Ap-47},{0x0.0p-1,0xF.CAAABDp+88,0x5.9F4485p-30}}};
                int32_t l_2775[5][5] = {{0L,0x840DA199L,0x6641AF45L,0x840DA199L,0L},{0L,0x840DA199L,0x6641AF45L,0x840DA199L,0L},{0L,0x840DA199L,0x6641AF45L,0x840DA199L,0L},{0L,0x840DA199L,0x6641AF45L,0x840DA199L,0L},{0L,0x840DA199L,0x6641AF45L,0x840DA199L,0L}};
                int64_t l_2783 = (-1L);
                uint64_t l_2785 = 18446744073709551615UL;
                union U1 *l_2789[4][2] = {{&g_1207,&g_1207},{&g_1207,&g_1207},{&g_1207,&g_1207},{&g_1207,&g_1207}};
                int64_t ***l_2795 = &l_2528;
                uint32_t ****l_2797 = &g_2167;
                uint32_t *****l_2796 = &l_2797;
                int i, j, k;
                if (((l_2664 = ((0x622DL && ((l_2660 <= (p_9 = 0x38B1C934L)) >= ((l_2661 = (*l_2572)) == (((*g_395) = l_2662) , l_2663)))) != ((*g_249) = ((*l_2635) = (l_2553 != (void*)0))))) == (p_8 | 0x5BB01D57L)))
                { /* block id: 1149 */
                    union U1 **l_2671 = (void*)0;
                    int32_t l_2676 = 1L;
                    const uint32_t ****l_2697 = (void*)0;
                    int32_t l_2699[3];
                    union U0 l_2724 = {0xDB103F74L};
                    union U2 *l_2726 = &g_2117;
                    union U2 **l_2725 = &l_2726;
                    int i;
                    for (i = 0; i < 3; i++)
                        l_2699[i] = 0x2CF9C4C4L;
                    if (((l_2665 == l_2666) == (4294967295UL < p_10.f0)))
                    { /* block id: 1150 */
                        uint64_t *l_2698 = &g_213;
                        int32_t l_2700[6] = {0x8153257DL,0L,0x8153257DL,0x8153257DL,0L,0x8153257DL};
                        int i;
                        (*l_2650) ^= (safe_add_func_uint8_t_u_u((*g_1780), (0x04E6L < (safe_add_func_int16_t_s_s(p_10.f0, (l_2671 == (void*)0))))));
                        l_2700[1] = ((((**g_2078) = 0xC.6AFF32p+38) != 0xE.194A4Ep+72) < (((!(0xA.7A3929p+97 == (((*g_2472) = ((l_2673 == (l_2676 , ((((((--(*g_310)) == (l_2676 = ((*l_2698) = (safe_mod_func_int32_t_s_s((((((safe_add_func_int64_t_s_s((-1L), (safe_sub_func_uint8_t_u_u(((*g_1780)--), (safe_sub_func_uint32_t_u_u((safe_mod_func_uint16_t_u_u(((safe_unary_minus_func_int64_t_s(0L)) , ((g_1513 & (safe_div_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u(p_10.f0, (**g_258))), l_2676))) >= 1L)), 65532UL)), 0x6D7876B7L)))))) , 0x1BDD6B2141F91D5BLL) , l_2696) , (*g_2266)) != l_2697), p_10.f0))))) <= p_8) == (*g_419)) , l_2676) , &l_2598))) != l_2699[0])) <= 0x1.098F31p-97))) != 0x1.44F934p+92) > (*l_2650)));
                        return p_8;
                    }
                    else
                    { /* block id: 1160 */
                        uint32_t l_2701 = 1UL;
                        int32_t l_2711 = 0x6BFD9430L;
                        p_9 = (p_9 > p_9);
                        l_2702 = (((*g_48) = l_2701) , &p_10);
                        (*l_2650) ^= ((g_1293 = (+(!(safe_unary_minus_func_uint16_t_u((safe_div_func_uint8_t_u_u((*g_419), (safe_rshift_func_int16_t_s_s(((*g_851) , (((***g_1750) != (*g_310)) | ((g_434--) < (safe_rshift_func_int8_t_s_u(1L, (((safe_div_func_uint16_t_u_u((safe_sub_func_uint32_t_u_u(l_2720, ((**l_2666) &= l_2721))), l_2722[1])) , ((*g_48) = p_9)) < l_2723)))))), 14))))))))) , p_8);
                    }
                    if (p_8)
                        break;
                    l_2727 = ((*l_2725) = (l_2724 , &g_2295));
                }
                else
                { /* block id: 1173 */
                    uint64_t l_2759[10] = {6UL,6UL,6UL,6UL,6UL,6UL,6UL,6UL,6UL,6UL};
                    int32_t l_2771 = 0x9BF0F0DBL;
                    int32_t l_2776 = (-4L);
                    int32_t l_2777 = 0L;
                    int32_t l_2778 = (-6L);
                    int32_t l_2779[1];
                    int i;
                    for (i = 0; i < 1; i++)
                        l_2779[i] = 4L;
                    for (l_2664 = 0; (l_2664 != 28); l_2664++)
                    { /* block id: 1176 */
                        int32_t *l_2736[8];
                        int i;
                        for (i = 0; i < 8; i++)
                            l_2736[i] = &g_71[4][0][1];
                        (**g_2078) = (safe_sub_func_float_f_f((p_8 , ((void*)0 == l_2732[1])), (&g_1350 == l_2727)));
                        (*g_1184) = l_2736[0];
                        (**g_1183) = func_72((((safe_add_func_int8_t_s_s((((****l_2663) = p_9) ^ ((*g_419) < ((6L == ((safe_mul_func_uint16_t_u_u(p_8, ((safe_mod_func_int16_t_s_s((((((((p_10.f0 != (safe_div_func_uint32_t_u_u(((p_8 | ((((*g_1946) , ((safe_lshift_func_int16_t_s_u(((safe_unary_minus_func_uint64_t_u(((safe_lshift_func_int8_t_s_s((safe_lshift_func_uint16_t_u_s((((((safe_rshift_func_uint16_t_u_s((((*g_1574) > ((((**g_1538) == l_2650) > 0xF4L) <= (*g_1780))) & (*g_419)), 12)) < (-9L)) , (*g_249)) > 0x202CED09L) || p_9), 4)), (*p_11))) & p_10.f0))) >= p_10.f0), 7)) | p_10.f0)) == p_8) | (*g_249))) & p_10.f0), p_8))) && p_8) & 255UL) >= (*p_11)) & 0x805099E879A35D8FLL) , p_10.f0) && 0UL), (*g_945))) != (*p_11)))) ^ (*g_249))) & 0x9691F140B5B180C3LL))), 0x58L)) ^ 0xDBAABB50EB3677A5LL) ^ (*p_11)), (*g_310), p_8);
                    }
                    for (g_1676 = 0; (g_1676 > 4); g_1676++)
                    { /* block id: 1184 */
                        ++l_2759[0];
                        if (l_2762)
                            break;
                    }
                    for (g_1676 = 0; (g_1676 <= 2); g_1676 += 1)
                    { /* block id: 1190 */
                        int32_t l_2763 = 0x5E38398CL;
                        int32_t l_2764 = 0xF0C90AB2L;
                        int32_t l_2765 = 0xD80D7CF4L;
                        int32_t l_2766 = 7L;
                        int32_t l_2770 = 1L;
                        float l_2772 = 0x5.30AF9Bp+17;
                        int32_t l_2780 = 0x9F80CCC7L;
                        int32_t l_2781 = 0xBB2BB87CL;
                        int32_t l_2782[2][1];
                        union U1 *l_2790 = &g_1207;
                        int i, j;
                        for (i = 0; i < 2; i++)
                        {
                            for (j = 0; j < 1; j++)
                                l_2782[i][j] = 1L;
                        }
                        ++l_2785;
                        l_2790 = (l_2696 , ((*g_394) = ((0xA.E20646p+66 <= (!0x0.9p+1)) , l_2789[1][0])));
                        (*l_2635) ^= (((safe_lshift_func_uint16_t_u_u(((l_2793 != l_2795) & (l_2796 != &g_2267)), 15)) & p_8) & (l_2798 != (void*)0));
                        if (l_2799)
                            break;
                    }
                }
                for (g_51 = 4; (g_51 >= 0); g_51 -= 1)
                { /* block id: 1200 */
                    int16_t l_2800[7] = {1L,1L,1L,1L,1L,1L,1L};
                    int32_t l_2802[2][10] = {{0L,0x846E0549L,0x846E0549L,0L,1L,0L,0x846E0549L,0x846E0549L,0L,1L},{0L,0x846E0549L,0x846E0549L,0L,1L,0L,0x846E0549L,0x846E0549L,0L,1L}};
                    int64_t l_2809 = 0xF9F96CD1CBF3689BLL;
                    int16_t l_2811 = 1L;
                    int i, j;
                    (*l_2650) &= p_10.f0;
                    if (l_2800[4])
                    { /* block id: 1202 */
                        return p_9;
                    }
                    else
                    { /* block id: 1204 */
                        int32_t ** const **l_2808 = &l_2803;
                        l_2802[1][4] ^= ((*l_2650) = (g_2801 , l_2785));
                        (*l_2808) = l_2803;
                    }
                    g_2812++;
                    for (l_2785 = 0; (l_2785 <= 5); l_2785 += 1)
                    { /* block id: 1212 */
                        union U0 ** volatile ** volatile *l_2815 = &g_2271;
                        (*l_2815) = g_2271;
                    }
                }
            }
            if ((*g_1574))
                continue;
            for (g_2294 = 0; (g_2294 != 36); g_2294++)
            { /* block id: 1220 */
                int16_t l_2833[9] = {0x05D4L,0x05D4L,0x05D4L,0x05D4L,0x05D4L,0x05D4L,0x05D4L,0x05D4L,0x05D4L};
                int32_t l_2839[4];
                int i;
                for (i = 0; i < 4; i++)
                    l_2839[i] = 0x1C7E1BC4L;
                for (g_95 = (-17); (g_95 != 13); g_95 = safe_add_func_uint32_t_u_u(g_95, 1))
                { /* block id: 1223 */
                    int16_t l_2822 = 3L;
                    for (l_2768 = 0; (l_2768 <= (-10)); l_2768 = safe_sub_func_uint16_t_u_u(l_2768, 1))
                    { /* block id: 1226 */
                        uint32_t l_2823 = 0UL;
                        (*l_2650) |= l_2822;
                        return l_2823;
                    }
                }
                for (g_95 = 18; (g_95 == 17); g_95 = safe_sub_func_int16_t_s_s(g_95, 1))
                { /* block id: 1233 */
                    uint32_t l_2835 = 0xBD45D049L;
                    int32_t l_2838 = 0L;
                    int32_t l_2840 = 0L;
                    int32_t l_2841 = (-4L);
                    int32_t l_2842 = 1L;
                    int16_t l_2843[10][7] = {{0x2469L,1L,0x154EL,0xB0CDL,0x154EL,1L,0x2469L},{2L,0xC29CL,6L,0x55A9L,(-8L),1L,(-8L)},{1L,9L,9L,1L,(-1L),9L,0xB0CDL},{0xDA44L,0x33E7L,6L,0xAD23L,0xAD23L,6L,0x33E7L},{(-1L),0x2469L,0x154EL,0x13BFL,9L,0xB0CDL,0xB0CDL},{1L,0xDA44L,0xAD23L,0xDA44L,1L,0xC29CL,(-8L)},{0x7465L,9L,0x2469L,0x13BFL,0xF737L,0x13BFL,0x2469L},{(-8L),(-8L),2L,0xAD23L,0x33E7L,1L,6L},{0x7465L,0x13BFL,9L,9L,1L,(-1L),9L},{6L,(-8L),0x55A7L,0x33E7L,1L,1L,0x33E7L}};
                    int32_t l_2844[9] = {3L,8L,8L,3L,8L,8L,3L,8L,8L};
                    uint16_t l_2846 = 65529UL;
                    int i, j;
                    for (g_1207.f0 = 7; (g_1207.f0 != 32); g_1207.f0++)
                    { /* block id: 1236 */
                        uint32_t l_2832 = 9UL;
                        int32_t l_2834[3][9][9] = {{{0x5E833A63L,0xA3800B93L,(-1L),(-10L),0xE8AB436EL,(-10L),(-1L),0xA3800B93L,0x5E833A63L},{0L,0x9A1A0A68L,1L,0x16B4F88DL,0xF196D834L,0xA6098863L,0x508642B4L,1L,1L},{(-5L),0xE957BD8BL,0x5E833A63L,0x459C95DFL,0x5C426CA1L,0x64418907L,0x7C2D6E9AL,0x7C2D6E9AL,0x64418907L},{0L,(-3L),0x508642B4L,(-3L),0L,0x45284BBCL,9L,0xC0D56CEEL,1L},{0x5E833A63L,0x17C66648L,0x45638C46L,1L,0x80C05F38L,0xCE637D4FL,0x1AA76E54L,0x459C95DFL,0x287F62C6L},{(-10L),0x4CE6C290L,5L,0xA6098863L,(-1L),0x45284BBCL,0xCE8E436AL,0x2704B5CDL,0x500981BBL},{0x7C2D6E9AL,0xCE637D4FL,0xE8AB436EL,0x287F62C6L,0x3D4B5EB5L,0x64418907L,0xA3800B93L,0x17C66648L,1L},{1L,(-4L),(-1L),0x0F2E74C8L,9L,0xA6098863L,0xF61027A1L,0x7A6DA214L,0xF61027A1L},{(-10L),0xCE637D4FL,0xC6655FEEL,0xC6655FEEL,0xCE637D4FL,(-10L),0x45638C46L,(-5L),0x5C426CA1L}},{{9L,0x4CE6C290L,0x26608C2CL,1L,1L,0x2704B5CDL,1L,(-3L),0x586886B1L},{0x459C95DFL,0x17C66648L,(-5L),0xA1A11B2EL,0x45638C46L,0x80C05F38L,0x45638C46L,0xA1A11B2EL,(-5L)},{0xF196D834L,(-3L),1L,0x7A6DA214L,1L,0x4CE6C290L,0xF61027A1L,(-4L),0xCE8E436AL},{1L,0xE957BD8BL,1L,(-1L),0x7C2D6E9AL,0x1AA76E54L,0xA3800B93L,0x45638C46L,0x45638C46L},{0xCE8E436AL,0x9A1A0A68L,1L,0xC0D56CEEL,1L,0x9A1A0A68L,0xCE8E436AL,2L,0L},{0x287F62C6L,0xA3800B93L,(-5L),0xE8AB436EL,0xA1A11B2EL,0x17C66648L,0x1AA76E54L,0x80C05F38L,(-10L)},{0x508642B4L,(-6L),0x26608C2CL,0xB7ACA069L,(-9L),0x16B4F88DL,9L,2L,0xE52CD4E7L},{0xC6655FEEL,1L,0xC6655FEEL,0x64418907L,0xE957BD8BL,0xA1A11B2EL,0x7C2D6E9AL,0x45638C46L,0xCE637D4FL},{0x4DF1EB09L,0xB7ACA069L,(-1L),0x4CE6C290L,0xE2ABEC67L,0xF662EAD5L,0x508642B4L,(-4L),0L}},{{0xA1A11B2EL,(-1L),0xE8AB436EL,0x64418907L,0x64418907L,0xE8AB436EL,(-1L),(-1L),0x3D4B5EB5L},{0xF196D834L,3L,(-1L),0x16B4F88DL,1L,(-6L),1L,2L,0xE2ABEC67L},{0x64418907L,0xA1A11B2EL,(-10L),1L,0x3D4B5EB5L,0xA3800B93L,0x459C95DFL,0xA3800B93L,0x3D4B5EB5L},{0L,0xDF86E393L,3L,(-9L),0x508642B4L,0x9A1A0A68L,0x4DF1EB09L,(-3L),1L},{1L,(-10L),0xA1A11B2EL,0x64418907L,(-10L),0xE957BD8BL,0xCE637D4FL,0x5E833A63L,1L},{9L,0x45284BBCL,0L,(-3L),0x508642B4L,(-3L),0L,0x45284BBCL,9L},{(-5L),1L,0x64418907L,(-1L),0x3D4B5EB5L,0x17C66648L,(-10L),0x5C426CA1L,0xC6655FEEL},{5L,0x70E28B8CL,9L,(-2L),1L,0x4CE6C290L,0L,(-9L),0x500981BBL},{(-5L),0x3D4B5EB5L,(-10L),0x3D4B5EB5L,(-5L),0xCE637D4FL,(-1L),0x1AA76E54L,(-10L)}}};
                        int i, j, k;
                        l_2832 &= ((*l_2650) |= ((p_9 == (p_10.f0 && (safe_rshift_func_uint16_t_u_u(((*g_945)++), (&p_9 != (void*)0))))) != ((*g_249) |= (***g_2306))));
                        ++l_2835;
                    }
                    l_2846--;
                }
            }
        }
        else
        { /* block id: 1246 */
            int32_t l_2852 = (-1L);
            float ***l_2861 = &g_2078;
            float ****l_2862 = (void*)0;
            float ****l_2863 = &g_2077;
            l_2865 &= ((-8L) > ((safe_rshift_func_uint16_t_u_s((((+l_2852) > (safe_lshift_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u(((*g_1780) = p_10.f0), (*g_58))), (l_2852 < ((((*g_310) && ((safe_lshift_func_uint16_t_u_s(((*g_945) & (((l_2659 || ((((*l_2863) = l_2861) != (void*)0) == 4294967295UL)) , (*g_310)) == 0x4153149A8FF5ACCALL)), p_9)) >= 0x0EDBL)) ^ l_2864) == 1L))))) > 0xB7BCB37F5F0C23DBLL), p_10.f0)) , (*g_1574)));
        }
        for (g_1002 = 0; (g_1002 != 33); g_1002 = safe_add_func_int32_t_s_s(g_1002, 3))
        { /* block id: 1253 */
            uint32_t ***l_2876 = &l_2666;
            int32_t l_2878 = (-1L);
            l_2878 &= (p_9 = ((safe_mul_func_int8_t_s_s(((p_10.f0 >= (safe_add_func_int32_t_s_s((safe_mod_func_uint64_t_u_u((p_8 , ((((*l_2585) = (*l_2585)) , (p_10.f0 >= (safe_add_func_int16_t_s_s((((*g_1780) &= (((*g_419) = p_10.f0) <= (l_2876 == &l_2530))) & (g_2877 , 9L)), p_9)))) & 0xA870A9145AF96DD0LL)), p_8)), p_10.f0))) || 1UL), 0x8CL)) > p_8));
            (*g_394) = l_2585;
        }
    }
    if (p_8)
    { /* block id: 1262 */
        float l_2887[10][8][3] = {{{(-0x9.3p+1),0x4.75D3A9p+96,0xF.718869p+0},{0x9.BE197Ap-3,0x8.26CB0Ep+28,0xE.E3D933p+8},{0x3.545E22p+81,0x3.E2B09Ep-66,0x0.3p+1},{0x1.Bp+1,0x5.8BBDABp-49,0x5.8BBDABp-49},{0x1.5p+1,0x4.75D3A9p+96,(-0x1.2p-1)},{0x1.Bp+1,0xB.71304Fp-39,0xF.1D4054p+64},{0x3.545E22p+81,0x9.5A00BCp+75,0x1.8p-1},{0x9.BE197Ap-3,0xE.45D2C0p-80,0x5.8BBDABp-49}},{{(-0x9.3p+1),0x9.5A00BCp+75,(-0x5.9p-1)},{0x6.Bp-1,0xB.71304Fp-39,0xE.E3D933p+8},{0x7.0FAAE5p+24,0x4.75D3A9p+96,0x6.9p-1},{0x9.BE197Ap-3,0x5.8BBDABp-49,0xE.E3D933p+8},{0x7.97C4B1p+11,0x3.E2B09Ep-66,(-0x5.9p-1)},{0x1.Bp+1,0x8.26CB0Ep+28,0x5.8BBDABp-49},{0x9.931324p-3,0x4.75D3A9p+96,0x1.8p-1},{0x1.Bp+1,0x6.A247EAp-69,0xF.1D4054p+64}},{{0x7.97C4B1p+11,0x9.5A00BCp+75,(-0x1.2p-1)},{0x9.BE197Ap-3,0x9.DE278Bp+92,0x5.8BBDABp-49},{0x7.0FAAE5p+24,0x9.5A00BCp+75,0x0.3p+1},{0x6.Bp-1,0x6.A247EAp-69,0xE.E3D933p+8},{(-0x9.3p+1),0x4.75D3A9p+96,0xF.718869p+0},{0x9.BE197Ap-3,0x8.26CB0Ep+28,0xE.E3D933p+8},{0x3.545E22p+81,0x3.E2B09Ep-66,0x0.3p+1},{0x1.Bp+1,0x5.8BBDABp-49,0x5.8BBDABp-49}},{{0x1.5p+1,0x4.75D3A9p+96,(-0x1.2p-1)},{0x1.Bp+1,0xB.71304Fp-39,0xF.1D4054p+64},{0x3.545E22p+81,0x9.5A00BCp+75,0x1.8p-1},{0x9.BE197Ap-3,0xE.45D2C0p-80,0x5.8BBDABp-49},{(-0x9.3p+1),0x9.5A00BCp+75,(-0x5.9p-1)},{0x6.Bp-1,0xB.71304Fp-39,0xE.E3D933p+8},{0x7.0FAAE5p+24,0x4.75D3A9p+96,0x6.9p-1},{0x9.BE197Ap-3,0x5.8BBDABp-49,0xE.E3D933p+8}},{{0x7.97C4B1p+11,0x3.E2B09Ep-66,(-0x5.9p-1)},{0x1.Bp+1,0x8.26CB0Ep+28,0x5.8BBDABp-49},{0x9.931324p-3,0x4.75D3A9p+96,0x1.8p-1},{0x1.Bp+1,0x6.A247EAp-69,0xF.1D4054p+64},{0x7.97C4B1p+11,0x9.5A00BCp+75,(-0x1.2p-1)},{0x9.BE197Ap-3,0x9.DE278Bp+92,0x5.8BBDABp-49},{0x7.0FAAE5p+24,0x9.5A00BCp+75,0x0.3p+1},{0x3.D11B1Ap+84,0x9.402555p+42,(-0x2.6p+1)}},{{(-0x1.2p-1),0x7.1p+1,0xB.EB84DAp+3},{0x8.26CB0Ep+28,0x3.Bp+1,(-0x2.6p+1)},{0x0.3p+1,(-0x2.Bp-1),0x3.2FE21Cp+18},{0x1.980900p+94,0x0.EE36D5p+38,0x0.EE36D5p+38},{0xF.718869p+0,0x7.1p+1,0x8.01AF69p-62},{0x1.980900p+94,0x0.Cp+1,0xF.8ABC75p+88},{0x0.3p+1,0xD.CFF3C0p+8,0x6.89BDC2p+30},{0x8.26CB0Ep+28,0x1.014167p-26,0x0.EE36D5p+38}},{{(-0x1.2p-1),0xD.CFF3C0p+8,0x0.0p-1},{0x3.D11B1Ap+84,0x0.Cp+1,(-0x2.6p+1)},{0x1.8p-1,0x7.1p+1,(-0x1.Fp-1)},{0x8.26CB0Ep+28,0x0.EE36D5p+38,(-0x2.6p+1)},{(-0x5.9p-1),(-0x2.Bp-1),0x0.0p-1},{0x1.980900p+94,0x3.Bp+1,0x0.EE36D5p+38},{0x6.9p-1,0x7.1p+1,0x6.89BDC2p+30},{0x1.980900p+94,0x9.402555p+42,0xF.8ABC75p+88}},{{(-0x5.9p-1),0xD.CFF3C0p+8,0x8.01AF69p-62},{0x8.26CB0Ep+28,0xC.7D84A2p-85,0x0.EE36D5p+38},{0x1.8p-1,0xD.CFF3C0p+8,0x3.2FE21Cp+18},{0x3.D11B1Ap+84,0x9.402555p+42,(-0x2.6p+1)},{(-0x1.2p-1),0x7.1p+1,0xB.EB84DAp+3},{0x8.26CB0Ep+28,0x3.Bp+1,(-0x2.6p+1)},{0x0.3p+1,(-0x2.Bp-1),0x3.2FE21Cp+18},{0x1.980900p+94,0x0.EE36D5p+38,0x0.EE36D5p+38}},{{0xF.718869p+0,0x7.1p+1,0x8.01AF69p-62},{0x1.980900p+94,0x0.Cp+1,0xF.8ABC75p+88},{0x0.3p+1,0xD.CFF3C0p+8,0x6.89BDC2p+30},{0x8.26CB0Ep+28,0x1.014167p-26,0x0.EE36D5p+38},{(-0x1.2p-1),0xD.CFF3C0p+8,0x0.0p-1},{0x3.D11B1Ap+84,0x0.Cp+1,(-0x2.6p+1)},{0x1.8p-1,0x7.1p+1,(-0x1.Fp-1)},{0x8.26CB0Ep+28,0x0.EE36D5p+38,(-0x2.6p+1)}},{{(-0x5.9p-1),(-0x2.Bp-1),0x0.0p-1},{0x1.980900p+94,0x3.Bp+1,0x0.EE36D5p+38},{0x6.9p-1,0x7.1p+1,0x6.89BDC2p+30},{0x1.980900p+94,0x9.402555p+42,0xF.8ABC75p+88},{(-0x5.9p-1),0xD.CFF3C0p+8,0x8.01AF69p-62},{0x8.26CB0Ep+28,0xC.7D84A2p-85,0x0.EE36D5p+38},{0x1.8p-1,0xD.CFF3C0p+8,0x3.2FE21Cp+18},{0x3.D11B1Ap+84,0x9.402555p+42,(-0x2.6p+1)}}};
        const int32_t l_2888 = 0L;
        int32_t l_2893 = (-6L);
        int64_t l_2894 = 0x93A232656C542F9ALL;
        int16_t l_2914[7] = {1L,1L,1L,1L,1L,1L,1L};
        uint32_t l_2933 = 0x40180078L;
        int32_t l_2949 = 0xB4B3CA13L;
        int32_t l_2951 = 0x3FF9267BL;
        int32_t l_2952[8][1];
        uint32_t l_2999 = 1UL;
        const int32_t l_3027[10][4] = {{(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L)}};
        union U0 l_3028 = {7UL};
        uint32_t l_3048 = 0x7677AB83L;
        union U1 l_3070 = {0xC44789E2L};
        int16_t ** const l_3134 = &g_48;
        uint8_t l_3138 = 0x5BL;
        int32_t *l_3175 = &g_266.f1;
        int32_t l_3213 = 0x20575CA5L;
        int16_t ***l_3217 = &g_2192[3][0];
        int16_t *** const l_3218 = &g_2192[0][1];
        int64_t l_3241 = 1L;
        uint32_t **l_3260 = (void*)0;
        uint32_t l_3279 = 0xA96E6181L;
        uint64_t l_3325[4] = {0x6C572CDE7D76048ALL,0x6C572CDE7D76048ALL,0x6C572CDE7D76048ALL,0x6C572CDE7D76048ALL};
        int32_t **l_3387 = (void*)0;
        int8_t **l_3454 = &g_58;
        float l_3478 = (-0x3.2p-1);
        uint16_t ****l_3517 = &g_1363;
        int32_t l_3529 = 6L;
        uint16_t l_3634 = 0x8581L;
        int i, j, k;
        for (i = 0; i < 8; i++)
        {
            for (j = 0; j < 1; j++)
                l_2952[i][j] = 0x7A170C60L;
        }
lbl_3071:
        (*g_1574) = (((safe_lshift_func_uint16_t_u_s((safe_add_func_int8_t_s_s((p_8 & 0xFCF8L), (safe_rshift_func_int16_t_s_s((safe_add_func_uint16_t_u_u((l_2888 == (*g_310)), ((safe_lshift_func_int16_t_s_u(p_9, 2)) | (safe_lshift_func_int8_t_s_s((l_2893 <= (((**g_944) , ((((**g_2307) > ((((***l_2734) = l_2894) < l_2893) != (**g_944))) > p_8) , l_2894)) < p_8)), 6))))), p_10.f0)))), p_10.f0)) > p_9) , p_9);
        for (g_2567 = (-24); (g_2567 != 40); ++g_2567)
        { /* block id: 1267 */
            volatile union U1 * volatile * volatile * volatile * volatile *l_2897 = &g_1007[4][2][2];
            int32_t l_2911 = (-1L);
            int32_t l_2919 = 1L;
            int32_t l_2922[9] = {0xDD89FB63L,0xDD89FB63L,0xDD89FB63L,0xDD89FB63L,0xDD89FB63L,0xDD89FB63L,0xDD89FB63L,0xDD89FB63L,0xDD89FB63L};
            int64_t ****l_2930 = &l_2527;
            uint32_t *l_2939 = &g_1002;
            uint32_t **l_2938 = &l_2939;
            int16_t l_2983 = 7L;
            int32_t l_3084 = 0xDCB34FA2L;
            uint32_t l_3097[3][1];
            uint16_t l_3173 = 0UL;
            int32_t *l_3174 = &l_2949;
            int32_t l_3182 = 0xA8CB53BFL;
            float l_3196 = (-0x10.6p+1);
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_3097[i][j] = 0x30E0F153L;
            }
            if (p_10.f0)
            { /* block id: 1268 */
                int32_t l_2898 = 0x68AF4369L;
                int32_t l_2913[5][1];
                int32_t l_2918 = (-1L);
                int32_t l_2946 = (-9L);
                uint8_t l_2953 = 247UL;
                float ** const l_2962 = &g_328[0][2];
                int64_t * const *l_2974 = (void*)0;
                int i, j;
                for (i = 0; i < 5; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_2913[i][j] = 0xDD0E171CL;
                }
                (**g_2078) = p_9;
                l_2897 = &g_1007[4][3][2];
                (**g_1183) = &l_2893;
                if (l_2898)
                { /* block id: 1272 */
                    uint16_t l_2907 = 0x526DL;
                    int32_t l_2910 = 0xF0DA6AA5L;
                    int32_t l_2912 = 1L;
                    int32_t l_2915 = 0x36F70162L;
                    int32_t l_2916 = 0x3E0AEA72L;
                    int32_t l_2921 = 0xFB7837E0L;
                    int32_t l_2950[8] = {0x99315D1BL,0xFBB3D5F9L,0x99315D1BL,0xFBB3D5F9L,0x99315D1BL,0xFBB3D5F9L,0x99315D1BL,0xFBB3D5F9L};
                    int i;
                    (*g_1574) ^= (safe_lshift_func_int8_t_s_s((!p_9), 2));
                    if (((**g_1184) = (safe_rshift_func_uint8_t_u_s((safe_div_func_uint8_t_u_u(l_2898, (g_2906 , l_2907))), 6))))
                    { /* block id: 1275 */
                        const int32_t l_2908 = 0L;
                        int32_t *l_2909[5];
                        int8_t l_2920[2];
                        float l_2923 = 0x1.9EF3FCp-7;
                        int i;
                        for (i = 0; i < 5; i++)
                            l_2909[i] = &g_1314;
                        for (i = 0; i < 2; i++)
                            l_2920[i] = (-3L);
                        if (l_2908)
                            break;
                        ++g_2924[1][2][2];
                        (**g_2078) = p_10.f0;
                    }
                    else
                    { /* block id: 1279 */
                        int64_t *****l_2927 = (void*)0;
                        int64_t ****l_2929 = &l_2527;
                        int64_t *****l_2928 = &l_2929;
                        (**g_2078) = ((&g_2434 != (l_2930 = ((*l_2928) = (p_8 , &l_2527)))) < (safe_sub_func_float_f_f(p_9, (0x1.6p-1 == (l_2933 < (safe_div_func_float_f_f(l_2913[0][0], p_10.f0)))))));
                    }
                    for (p_8 = 0; (p_8 != (-1)); p_8--)
                    { /* block id: 1286 */
                        uint32_t **l_2940[7][1] = {{&l_2939},{(void*)0},{&l_2939},{(void*)0},{&l_2939},{(void*)0},{&l_2939}};
                        int16_t l_2944 = 1L;
                        int32_t *l_2945 = (void*)0;
                        int32_t *l_2947[9] = {&l_2911,&l_2911,&l_2911,&l_2911,&l_2911,&l_2911,&l_2911,&l_2911,&l_2911};
                        int i, j;
                        (*g_2941) = (l_2940[1][0] = l_2938);
                        (**g_2078) = 0x0.017717p-89;
                        (**g_1183) = (void*)0;
                        l_2953--;
                    }
                }
                else
                { /* block id: 1293 */
                    int64_t * const *l_2972 = &g_619[1];
                    int64_t * const **l_2973 = &l_2972;
                    int32_t l_2975[8] = {0L,4L,0L,4L,0L,4L,0L,4L};
                    float **l_2976[9] = {&g_328[0][0],&g_328[0][0],&g_328[0][0],&g_328[0][0],&g_328[0][0],&g_328[0][0],&g_328[0][0],&g_328[0][0],&g_328[0][0]};
                    uint64_t l_2977 = 0x7822071CEB6FE6F9LL;
                    union U0 l_3000 = {0xA1394708L};
                    int i;
                    l_2922[0] &= ((((**l_2735) |= (safe_add_func_int32_t_s_s(((p_8 | ((safe_mul_func_int8_t_s_s(((safe_lshift_func_uint8_t_u_s(((l_2962 == ((((p_10.f0 , (l_2963 , ((((*g_1780) |= 0xBFL) <= p_8) >= (safe_sub_func_uint64_t_u_u(((safe_div_func_int16_t_s_s((safe_div_func_int8_t_s_s((l_2949 = (safe_rshift_func_int8_t_s_u(((p_9 , (-0x1.3p-1)) , (((l_2975[0] &= ((*g_58) = (((*l_2973) = l_2972) != l_2974))) , p_9) | p_8)), p_10.f0))), l_2963.f3)), (**g_944))) ^ p_8), 0x6E63BD0177779476LL))))) != 0x54L) > l_2911) , l_2976[7])) , l_2977), 6)) == 7UL), p_8)) & 1UL)) , p_8), 1UL))) , 0L) < (-1L));
                    for (l_2845 = (-27); (l_2845 < (-4)); l_2845++)
                    { /* block id: 1303 */
                        int8_t l_2995 = (-8L);
                        int32_t l_3005 = 0xE28DDE29L;
                        int32_t l_3006 = 2L;
                        if (p_8)
                            break;
                        (*g_1574) |= (+(safe_mod_func_int32_t_s_s(0x74EE0796L, ((***g_1183) = (((****g_1362) = p_9) || (l_2983 < ((*g_419) < (safe_add_func_int8_t_s_s(((safe_lshift_func_int16_t_s_u((l_2914[3] , ((*g_48) = 0x4877L)), (((1L ^ (safe_add_func_uint32_t_u_u(0xB04EDBEAL, ((safe_mod_func_int64_t_s_s(((safe_rshift_func_uint8_t_u_u(0xDEL, (*g_419))) | 0x01C5A516B590A93DLL), p_8)) , l_2994)))) >= (****g_1362)) != (*g_1780)))) , l_2995), 255UL)))))))));
                        l_3006 &= ((*g_1574) = (p_9 != (safe_rshift_func_uint8_t_u_s(((g_2998[3][6][0] , (*l_2527)) == (*l_2973)), (l_2999 | (l_2977 & ((l_3000 , (l_3005 = (((safe_mod_func_uint8_t_u_u(((safe_mul_func_int8_t_s_s(((*p_11) = (l_2949 ^ ((void*)0 == &g_2655[4][0]))), l_2933)) | p_9), l_2799)) ^ l_2995) || p_10.f0))) <= (*g_310))))))));
                    }
                }
            }
            else
            { /* block id: 1315 */
                int16_t l_3026 = 0x041DL;
                int32_t l_3062 = 0x58BD1181L;
                int32_t l_3081 = 1L;
                int32_t l_3082[2][9] = {{0L,0L,0L,0x8DA37B02L,0L,0L,0L,0L,0x8DA37B02L},{(-1L),0L,(-1L),0L,0L,(-1L),0L,(-1L),0L}};
                uint16_t l_3087 = 0xDEEDL;
                union U2 *l_3172 = (void*)0;
                union U2 **l_3171 = &l_3172;
                union U1 *l_3177 = (void*)0;
                int i, j;
                if ((safe_unary_minus_func_uint16_t_u(((safe_rshift_func_uint8_t_u_s(0x32L, l_2983)) <= ((((**l_2735) ^= ((((safe_lshift_func_uint8_t_u_s((safe_rshift_func_uint16_t_u_u(((safe_mul_func_uint16_t_u_u((****g_1362), ((*p_11) < (safe_sub_func_uint64_t_u_u(((safe_add_func_int8_t_s_s((*p_11), (l_2548[0][0][0] != ((safe_mul_func_uint8_t_u_u(((18446744073709551607UL < (safe_mod_func_uint64_t_u_u(((*g_310) = (l_2963 , (safe_div_func_int16_t_s_s(l_2922[8], l_3026)))), l_2933))) >= 0UL), (*p_11))) , (void*)0)))) != p_10.f0), l_3027[3][3]))))) > l_3026), l_2914[3])), 6)) | p_9) , l_3028) , p_10.f0)) > p_8) ^ 1L)))))
                { /* block id: 1318 */
                    uint32_t l_3029 = 4294967295UL;
                    int32_t l_3072 = 1L;
                    int32_t l_3083 = 0x43221B69L;
                    int32_t l_3085 = 0x663688D5L;
                    int32_t l_3086 = 0x6200DE93L;
                    int64_t l_3096 = (-6L);
                    if (l_3029)
                        break;
                    l_2893 = (safe_add_func_float_f_f((g_3032 == (void*)0), ((+0x4.659E38p-51) < (safe_div_func_float_f_f(0x5.FF82DBp+74, (((safe_add_func_float_f_f((((*p_11) && ((safe_sub_func_uint16_t_u_u(((***g_1363) = (***g_1363)), (g_3043[0] == (void*)0))) > (-8L))) , 0xB.ECCA76p-91), (-0x2.5p-1))) != l_3029) <= (-0x3.1p-1)))))));
                    if ((g_3045 , ((l_2696 , ((((((safe_mul_func_int8_t_s_s((l_3048 & ((void*)0 == &g_2505[2][0][0])), (l_3029 , (l_3029 , (safe_add_func_int64_t_s_s(((safe_div_func_int64_t_s_s((safe_div_func_int8_t_s_s((g_3055[0][0][2] , (l_3062 = ((safe_sub_func_int16_t_s_s((safe_mod_func_int8_t_s_s((((safe_rshift_func_uint8_t_u_s(((((*g_1780) ^ l_3029) < l_3028.f0) < 0x9DEA08A4L), 4)) ^ p_10.f0) ^ p_10.f0), (*p_11))), 65535UL)) < p_10.f0))), p_8)), p_8)) , 0x9CDF7720E794E91CLL), l_2919)))))) ^ 0xAF6EAD0344EDBF4FLL) && 4294967294UL) | p_9) == l_2919) && 2L)) < (*g_310))))
                    { /* block id: 1323 */
                        int32_t l_3069 = (-1L);
                        p_9 = ((p_9 , ((***l_2734) = (0xD322L > (safe_add_func_uint32_t_u_u((((l_3070 , 252UL) & (((*g_419) = 0UL) , (*g_419))) > l_2922[3]), p_8))))) != (-1L));
                        if (l_2893)
                            goto lbl_3071;
                    }
                    else
                    { /* block id: 1329 */
                        int32_t *l_3080[9] = {&g_71[3][0][6],&g_71[3][0][6],&l_2555[5][4][0],&g_71[3][0][6],&g_71[3][0][6],&l_2555[5][4][0],&g_71[3][0][6],&g_71[3][0][6],&l_2555[5][4][0]};
                        int i;
                        (*g_1574) = (p_10 , (((*p_11) &= 1L) == (p_10.f0 == (l_3072 = ((**l_2666) &= 0UL)))));
                        (***g_1136) = ((safe_rshift_func_uint8_t_u_s(p_10.f0, (safe_lshift_func_uint8_t_u_s((safe_lshift_func_uint16_t_u_s(1UL, l_3079)), 4)))) , (**g_1137));
                        --l_3087;
                    }
                    if (p_10.f0)
                    { /* block id: 1337 */
                        l_3094 &= (safe_add_func_uint64_t_u_u((safe_mod_func_int32_t_s_s((1L || 4294967295UL), 2UL)), (-1L)));
                    }
                    else
                    { /* block id: 1339 */
                        int32_t *l_3095[9][7] = {{&l_3083,&l_2555[1][0][0],&g_1280[0][5],&l_2555[1][0][0],&l_3083,(void*)0,&l_3083},{&l_2555[1][0][0],&l_3086,&g_1314,&l_3082[1][3],&l_3086,&l_3086,&l_3082[1][3]},{(void*)0,&l_2555[1][0][0],(void*)0,&l_2949,(void*)0,&l_2949,(void*)0},{&l_2555[1][0][0],&l_3082[1][3],&g_2295.f1,&l_2555[1][0][0],&l_2555[1][0][0],&g_2295.f1,&l_3082[1][3]},{&l_3083,&l_2949,&l_3072,&l_2555[1][0][0],&l_3072,&l_2949,&l_3083},{&l_3086,&l_2555[1][0][0],&g_1314,&g_1314,&l_2555[1][0][0],&l_3086,&g_1314},{(void*)0,&l_2555[1][0][0],&l_2952[6][0],&l_2555[1][0][0],(void*)0,(void*)0,(void*)0},{&l_2555[1][0][0],&g_1314,&g_1314,&l_2555[1][0][0],&l_3086,&g_1314,&l_3082[1][3]},{&l_3072,&l_2555[1][0][0],&l_3072,&l_2949,&l_3083,&l_2949,&l_3072}};
                        int i, j;
                        ++l_3097[1][0];
                        (*g_1592) = ((((**l_2528) = ((*g_1780) > (*p_11))) <= p_10.f0) > 0x04C0A3B3L);
                        if (p_10.f0)
                            continue;
                        (*g_1184) = &p_9;
                    }
                }
                else
                { /* block id: 1346 */
                    uint16_t l_3100 = 0x78C0L;
                    return l_3100;
                }
                for (l_3084 = 3; (l_3084 >= 0); l_3084 -= 1)
                { /* block id: 1351 */
                    float l_3122[9] = {0x6.6p-1,0x6.6p-1,0x1.FED83Dp+32,0x6.6p-1,0x6.6p-1,0x1.FED83Dp+32,0x6.6p-1,0x6.6p-1,0x1.FED83Dp+32};
                    int32_t l_3123 = (-1L);
                    uint32_t * const l_3124 = &l_3048;
                    uint8_t l_3147[4];
                    float l_3148[1];
                    int32_t *l_3149 = &l_3123;
                    int32_t *l_3150 = &l_2922[3];
                    int32_t *l_3151 = &l_3082[0][7];
                    int32_t *l_3152 = &l_2555[1][0][0];
                    int32_t *l_3153 = &l_2555[1][0][0];
                    int32_t *l_3154 = &l_2911;
                    int32_t *l_3155 = (void*)0;
                    int32_t *l_3156 = &g_71[2][0][6];
                    int32_t *l_3157 = (void*)0;
                    int32_t *l_3158 = &l_2893;
                    int32_t *l_3159[10][1][5] = {{{&l_3082[0][4],&l_2922[3],&l_2952[6][0],&l_2922[3],&l_3082[0][4]}},{{&g_71[3][0][6],&g_71[2][0][6],&g_71[3][0][6],&g_71[3][0][6],&g_71[2][0][6]}},{{&l_3082[0][4],&l_2951,(void*)0,&l_2922[3],(void*)0}},{{&g_71[2][0][6],&g_71[2][0][6],&l_3082[0][2],&g_71[2][0][6],&g_71[2][0][6]}},{{(void*)0,&l_2922[3],(void*)0,&l_2951,&l_3082[0][4]}},{{&g_71[2][0][6],&g_71[3][0][6],&g_71[3][0][6],&g_71[2][0][6],&g_71[3][0][6]}},{{&l_3082[0][4],&l_2922[3],&l_2952[6][0],&l_2922[3],&l_3082[0][4]}},{{&g_71[3][0][6],&g_71[2][0][6],&g_71[3][0][6],&g_71[3][0][6],&g_71[2][0][6]}},{{&l_3082[0][4],&l_2951,(void*)0,&l_2922[3],(void*)0}},{{&g_71[2][0][6],&g_71[2][0][6],&l_3082[0][2],&g_71[2][0][6],&g_71[2][0][6]}}};
                    int i, j, k;
                    for (i = 0; i < 4; i++)
                        l_3147[i] = 0x3DL;
                    for (i = 0; i < 1; i++)
                        l_3148[i] = 0x3.BFB1D6p-79;
                    (**g_2078) = (!(safe_sub_func_float_f_f((l_3028.f0 == ((p_8 , l_3124) == (*g_1945))), p_9)));
                    if (p_9)
                    { /* block id: 1354 */
                        (*g_1574) ^= p_10.f0;
                        if (p_8)
                            break;
                        (**g_1183) = &p_9;
                    }
                    else
                    { /* block id: 1358 */
                        int64_t *****l_3129 = (void*)0;
                        int32_t l_3143 = 0L;
                        (*g_1574) = (p_9 , 1L);
                        (*g_1574) |= (safe_div_func_uint64_t_u_u((safe_add_func_uint8_t_u_u(((*g_419) = 0xB3L), ((&g_1749 != l_3129) < l_3123))), (safe_add_func_uint32_t_u_u(0xDA8D59A6L, (-2L)))));
                        (*g_1184) = &l_2952[6][0];
                        (*g_1574) |= (***g_1183);
                    }
                    --g_3160;
                    if (((((((*g_419) &= (safe_add_func_int64_t_s_s(((((***g_1363) & ((*p_11) != (((safe_mul_func_uint16_t_u_u((g_2271 != ((*p_11) , (void*)0)), 1UL)) <= (safe_unary_minus_func_int8_t_s((p_8 < (((((*l_3152) = (safe_mul_func_int8_t_s_s((*g_58), ((((~(p_9 && 0xD930L)) > p_10.f0) && p_8) <= 1UL)))) >= (*g_48)) , (void*)0) == l_3171))))) >= l_3173))) , (*p_11)) , (*l_3149)), 0x059F94C0764F7BD2LL))) & 255UL) <= 0xD31630DC72F82ED3LL) , (*g_419)) && l_3087))
                    { /* block id: 1373 */
                        union U0 **l_3176 = &g_1501;
                        l_3175 = l_3174;
                        (*l_3176) = &p_10;
                        (*l_3156) |= 8L;
                    }
                    else
                    { /* block id: 1377 */
                        if ((*l_3149))
                            break;
                        return l_3082[0][4];
                    }
                    for (g_3160 = 0; (g_3160 <= 3); g_3160 += 1)
                    { /* block id: 1383 */
                        l_3177 = (***g_1136);
                        if (l_2845)
                            goto lbl_3071;
                    }
                }
            }
            if (((*g_48) > (safe_sub_func_int64_t_s_s(0x9493C37373438F42LL, (safe_lshift_func_uint16_t_u_s(l_3182, 8))))))
            { /* block id: 1389 */
                return p_8;
            }
            else
            { /* block id: 1391 */
                uint64_t l_3185 = 18446744073709551607UL;
                float *l_3195[4] = {&g_750,&g_750,&g_750,&g_750};
                int32_t l_3197 = 0xA61C61ACL;
                int32_t l_3198 = 0x6774DE65L;
                int i;
                (*l_3174) = (safe_sub_func_int64_t_s_s(0x35EAAE41985FCDF1LL, (p_10.f0 && (0xD578B458L | ((*****g_2042) , (l_3185 & ((safe_mul_func_uint16_t_u_u(((****l_3068) , p_10.f0), 1L)) || l_3199)))))));
                if (g_3160)
                    goto lbl_3200;
                for (l_2963.f0 = 0; (l_2963.f0 >= 46); ++l_2963.f0)
                { /* block id: 1402 */
                    uint32_t l_3203 = 0x377324F1L;
                    (*g_1184) = &p_9;
                    --l_3203;
                    (**g_1183) = (void*)0;
                }
            }
            (**g_1183) = &l_2555[1][5][0];
            if ((*l_3174))
                break;
        }
        for (g_1207.f0 = 0; (g_1207.f0 <= 1); g_1207.f0 += 1)
        { /* block id: 1413 */
            int32_t *l_3206 = &l_2951;
            int32_t l_3211 = 0xFDB226B7L;
            int32_t l_3212[9];
            int64_t *l_3231 = (void*)0;
            float l_3267 = 0x0.Bp+1;
            union U1 l_3301 = {18446744073709551612UL};
            int16_t *l_3323 = &g_49[2];
            int16_t l_3324 = 1L;
            uint32_t * const *l_3336 = &g_2943[0];
            uint32_t * const **l_3335 = &l_3336;
            union U0 **l_3341 = &g_1501;
            float l_3362 = 0x5.C6B6C8p+99;
            uint64_t l_3365 = 18446744073709551615UL;
            const int32_t *l_3441 = &g_177[0];
            const int32_t **l_3440 = &l_3441;
            const int32_t ***l_3439 = &l_3440;
            int32_t **l_3550[6][7] = {{(void*)0,(void*)0,&g_624,(void*)0,(void*)0,&g_624,(void*)0},{&l_3175,&l_3175,(void*)0,&g_624,(void*)0,&g_624,(void*)0},{&l_3175,&l_3175,(void*)0,&g_624,(void*)0,&g_624,(void*)0},{&l_3175,&l_3175,(void*)0,&g_624,(void*)0,&g_624,(void*)0},{&l_3175,&l_3175,(void*)0,&g_624,(void*)0,&g_624,(void*)0},{&l_3175,&l_3175,(void*)0,&g_624,(void*)0,&g_624,(void*)0}};
            float l_3605 = (-0x1.Fp+1);
            int i, j;
            for (i = 0; i < 9; i++)
                l_3212[i] = 0x8B97D2C1L;
            l_3206 = &p_9;
        }
    }
    else
    { /* block id: 1610 */
        (**g_2078) = p_10.f0;
        return p_8;
    }
    if (((safe_lshift_func_int8_t_s_s((*p_11), 5)) , p_9))
    { /* block id: 1614 */
        int32_t *l_3637 = (void*)0;
        int32_t *l_3638 = (void*)0;
        int32_t *l_3639 = &g_880.f1;
        int32_t *l_3640[1][6];
        int64_t l_3641 = 0x0AA69C249DFCDAD9LL;
        uint32_t l_3642 = 8UL;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 6; j++)
                l_3640[i][j] = &g_1280[0][4];
        }
        --l_3642;
    }
    else
    { /* block id: 1616 */
        const union U2 *l_3648 = (void*)0;
        int32_t l_3660 = (-1L);
        int32_t l_3661 = 0x1C1735F6L;
        uint32_t ****l_3670 = &g_3224;
        l_3493 ^= (!(safe_add_func_uint16_t_u_u(((l_3648 != (*g_3032)) , (safe_div_func_int8_t_s_s(0x3CL, 0xE0L))), (safe_rshift_func_int16_t_s_s(((((p_10.f0 < (((*g_1574) |= (safe_mod_func_int8_t_s_s(((0xF9386C83C06E78E4LL ^ (((safe_sub_func_uint16_t_u_u(2UL, ((l_3657 = (*g_3145)) == (void*)0))) <= 0x37CD8053AF338B5ELL) == (*p_11))) == p_10.f0), (-5L)))) <= 0xA0E92DA2L)) & p_10.f0) | l_3575[0][7]) != (*g_945)), p_8)))));
        (*g_1574) ^= (&l_2546 != ((safe_lshift_func_uint8_t_u_u((((0x08AFL && (l_3661 ^= ((***l_2734) = l_3660))) | p_10.f0) & (4L < (safe_rshift_func_int16_t_s_u((safe_rshift_func_int16_t_s_s((safe_sub_func_int32_t_s_s((l_3660 ^ ((*p_11) = (+(*g_419)))), 0xB6039828L)), (l_3669 |= ((*g_419) && p_9)))), p_9)))), l_3660)) , l_3670));
    }
    for (g_3630 = (-18); (g_3630 == 2); g_3630++)
    { /* block id: 1628 */
        p_9 = p_8;
        (*g_1574) = (l_3673 != l_3673);
        if (p_8)
            break;
    }
    return p_8;
}


/* ------------------------------------------ */
/* 
 * reads : g_1207.f0 g_310 g_1780 g_140 g_534 g_2078 g_328 g_2472 g_1574 g_1314 g_175 g_155 g_2306 g_2307 g_2308 g_1496 g_142 g_419 g_118 g_1184
 * writes: g_1207.f0 g_175 g_127 g_142 g_198 g_746 g_750 g_1314 g_624 g_2504
 */
static uint16_t  func_20(union U1  p_21, int8_t * p_22)
{ /* block id: 1023 */
    int32_t l_2469 = 0x97EE1A0EL;
    union U0 **l_2484 = &g_1501;
    int32_t l_2494 = 0x868EB6FAL;
    int16_t l_2495 = 0x232EL;
    for (g_1207.f0 = 0; (g_1207.f0 <= 0); g_1207.f0 += 1)
    { /* block id: 1026 */
        const int32_t *l_2460 = &g_177[0];
        int32_t l_2468 = 0L;
        union U0 **l_2486 = (void*)0;
        float l_2493 = 0x0.A85053p-47;
        uint32_t l_2501 = 0x753F3342L;
        for (g_175 = 0; (g_175 >= 0); g_175 -= 1)
        { /* block id: 1029 */
            uint8_t l_2464 = 0x53L;
            int8_t l_2471[4] = {0x8DL,0x8DL,0x8DL,0x8DL};
            union U0 ***l_2485 = &l_2484;
            int i, j;
            for (g_127 = 0; (g_127 <= 0); g_127 += 1)
            { /* block id: 1032 */
                const int32_t **l_2461 = &l_2460;
                int32_t *l_2463 = &g_288[4].f3;
                int32_t **l_2462 = &l_2463;
                float *l_2470 = &g_746[7][3];
                (*g_2472) = (safe_mul_func_float_f_f((safe_sub_func_float_f_f(((safe_sub_func_float_f_f(((*l_2470) = (((*g_310) = (((*l_2461) = l_2460) == ((*l_2462) = (void*)0))) , (l_2464 <= ((-(((**g_2078) = ((((*g_1780) == l_2464) , (safe_add_func_float_f_f(l_2464, 0xE.476B5Ep+0))) <= l_2468)) >= l_2469)) == p_21.f2)))), l_2469)) , l_2471[0]), p_21.f1)), l_2469));
            }
            if (((((l_2468 , ((safe_mul_func_uint16_t_u_u((safe_add_func_int32_t_s_s(p_21.f2, (~(safe_lshift_func_int8_t_s_s(((((safe_lshift_func_int16_t_s_u(p_21.f2, (0x70L >= (safe_mul_func_uint8_t_u_u((l_2471[0] & ((((*l_2485) = l_2484) == l_2486) == ((safe_div_func_uint16_t_u_u((((safe_sub_func_uint32_t_u_u((l_2469 &= ((safe_div_func_int32_t_s_s(((*g_1574) |= l_2468), (g_155[(g_175 + 5)][g_175] , (***g_2306)))) || p_21.f3)), l_2494)) | p_21.f1) == l_2494), 0x14B0L)) != p_21.f3))), 0UL))))) != l_2468) != l_2471[2]) > l_2494), 4))))), l_2468)) | p_21.f1)) < l_2495) | (*g_310)) != (*g_419)))
            { /* block id: 1043 */
                (*g_1574) = p_21.f2;
            }
            else
            { /* block id: 1045 */
                int64_t l_2496 = 0x5A1ED3C7DFD18B90LL;
                int32_t *l_2497 = &g_2046.f1;
                int32_t l_2498[3];
                int32_t *l_2499 = &g_839.f1;
                int32_t *l_2500 = &l_2468;
                int i;
                for (i = 0; i < 3; i++)
                    l_2498[i] = 0x51B579F2L;
                l_2501--;
            }
            (*g_1184) = &l_2468;
        }
    }
    g_2504 = (void*)0;
    return p_21.f3;
}


/* ------------------------------------------ */
/* 
 * reads : g_175 g_136 g_1586 g_1183 g_1184 g_624 g_201 g_213 g_746 g_1574 g_1314 g_1008 g_1009 g_1502 g_1501 g_1312 g_1011.f2 g_249 g_419 g_118 g_1676 g_1011.f0 g_140 g_2 g_48 g_49 g_1010 g_1011 g_1700 g_258 g_58 g_59 g_945 g_160 g_618 g_619 g_310 g_142 g_1710 g_1363 g_944 g_1362 g_1749 g_45 g_180 g_328 g_198 g_395 g_288 g_1799 g_851 g_849 g_1750 g_1751 g_1859 g_1780 g_534 g_394
 * writes: g_175 g_213 g_201 g_1586 g_985 g_1665 g_1314 g_1010 g_140 g_180 g_136 g_1689 g_59 g_49 g_118 g_2 g_127 g_1780 g_1207.f1 g_45 g_624 g_198 g_1350.f0 g_944 g_160 g_2077
 */
static union U1  func_23(float  p_24)
{ /* block id: 710 */
    const int64_t l_1661 = 0x2876E3719718C096LL;
    int32_t ****l_1663[10][6] = {{&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183},{(void*)0,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183},{&g_1183,&g_1183,&g_1183,&g_1183,(void*)0,&g_1183},{(void*)0,&g_1183,&g_1183,&g_1183,(void*)0,&g_1183},{&g_1183,&g_1183,&g_1183,&g_1183,(void*)0,&g_1183},{&g_1183,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183},{(void*)0,&g_1183,&g_1183,&g_1183,&g_1183,&g_1183},{&g_1183,&g_1183,&g_1183,&g_1183,(void*)0,&g_1183},{(void*)0,&g_1183,&g_1183,&g_1183,(void*)0,&g_1183},{&g_1183,&g_1183,&g_1183,&g_1183,(void*)0,&g_1183}};
    union U0 **l_1694 = &g_851;
    int16_t l_1702 = 0xF9FDL;
    int32_t l_1713 = 2L;
    uint64_t l_1736 = 0x0EF816A2C708BBB7LL;
    int32_t l_1783 = (-6L);
    uint64_t l_1842 = 0x9F656345D18A9382LL;
    const int32_t l_1889[8] = {2L,2L,2L,2L,2L,2L,2L,2L};
    uint64_t l_1921 = 0x4B4D06AD958E107FLL;
    int16_t l_1987 = 6L;
    int32_t l_2065[1][2];
    int64_t *l_2072 = &g_2007[2];
    const float ***l_2079 = (void*)0;
    union U1 l_2120 = {1UL};
    float l_2142[2][8][4] = {{{0x1.0p+1,0x0.Cp+1,0xC.020D36p+23,0x0.Cp+1},{0x0.Cp+1,0x5.8p-1,0x1.C9791Ep-40,0xA.85ADF7p+56},{0xC.250AC2p+88,0x1.0p+1,0x1.Ep-1,0x1.C9791Ep-40},{(-0x6.7p+1),0x8.FCF2CCp-49,0xD.23FBD7p-11,0x0.Cp+1},{(-0x6.7p+1),0x1.Ep-1,0x1.Ep-1,(-0x6.7p+1)},{0xC.250AC2p+88,0x0.Cp+1,0x1.C9791Ep-40,0x1.Ep-1},{0x0.Cp+1,0x8.FCF2CCp-49,0xC.020D36p+23,0xA.85ADF7p+56},{0x1.0p+1,0xC.250AC2p+88,0x1.Ep-1,0xA.85ADF7p+56}},{{0x1.5p+1,0x8.FCF2CCp-49,0x1.5p+1,0x1.Ep-1},{(-0x6.7p+1),0x0.Cp+1,0x7.6A17E3p-76,(-0x6.7p+1)},{0x1.0p+1,0x1.Ep-1,0x1.C9791Ep-40,0x0.Cp+1},{0x1.Ep-1,0x8.FCF2CCp-49,0x1.C9791Ep-40,0x1.C9791Ep-40},{0x1.0p+1,0x1.0p+1,0x7.6A17E3p-76,0xA.85ADF7p+56},{(-0x6.7p+1),0x5.8p-1,0x1.5p+1,0x0.Cp+1},{0x1.5p+1,0x0.Cp+1,0x1.Ep-1,0x1.5p+1},{0x1.0p+1,0x0.Cp+1,0xC.020D36p+23,0x0.Cp+1}}};
    float l_2169 = 0xF.345054p+10;
    uint64_t l_2172 = 1UL;
    int32_t l_2207 = 0x32A22D5DL;
    uint32_t * const *l_2297 = &g_249;
    uint16_t l_2340 = 65531UL;
    int64_t l_2378 = 0x9DFFBBA76EF45580LL;
    uint32_t *****l_2386 = (void*)0;
    union U1 ** const *l_2398 = &g_394;
    uint8_t l_2400 = 0xE4L;
    int8_t l_2408 = 0L;
    int64_t l_2415 = 2L;
    int8_t ***l_2449 = &g_258;
    int64_t l_2453[3];
    int i, j, k;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_2065[i][j] = (-1L);
    }
    for (i = 0; i < 3; i++)
        l_2453[i] = 0xE6E042E9DBDDB2C6LL;
    for (g_175 = 3; (g_175 >= 0); g_175 -= 1)
    { /* block id: 713 */
        int32_t *l_1662[7][2][9] = {{{&g_1280[3][0],&g_1314,&g_71[2][0][6],&g_1280[3][0],&g_71[2][0][6],&g_1314,&g_1280[3][0],(void*)0,(void*)0},{&g_1280[3][4],&g_266.f1,&g_1280[0][4],&g_1280[3][4],&g_1280[0][4],&g_266.f1,&g_1280[3][4],&g_71[1][0][3],&g_71[1][0][9]}},{{(void*)0,&g_71[2][0][6],&g_71[2][0][6],(void*)0,&g_71[2][0][6],&g_71[2][0][6],(void*)0,&g_1280[0][0],&g_1280[0][0]},{&g_71[1][0][3],&g_71[2][0][6],&g_1314,&g_71[1][0][3],&g_1314,&g_71[2][0][6],&g_71[1][0][3],&g_71[1][0][9],&g_71[1][0][9]}},{{(void*)0,&g_71[2][0][6],&g_71[2][0][6],(void*)0,&g_71[2][0][6],&g_71[2][0][6],(void*)0,&g_1280[0][0],&g_1280[0][0]},{&g_71[1][0][3],&g_71[2][0][6],&g_1314,&g_71[1][0][3],&g_1314,&g_71[2][0][6],&g_71[1][0][3],&g_71[1][0][9],&g_71[1][0][9]}},{{(void*)0,&g_71[2][0][6],&g_71[2][0][6],(void*)0,&g_71[2][0][6],&g_71[2][0][6],(void*)0,&g_1280[0][0],&g_1280[0][0]},{&g_71[1][0][3],&g_71[2][0][6],&g_1314,&g_71[1][0][3],&g_1314,&g_71[2][0][6],&g_71[1][0][3],&g_71[1][0][9],&g_71[1][0][9]}},{{(void*)0,&g_71[2][0][6],&g_71[2][0][6],(void*)0,&g_71[2][0][6],&g_71[2][0][6],(void*)0,&g_1280[0][0],&g_1280[0][0]},{&g_71[1][0][3],&g_71[2][0][6],&g_1314,&g_71[1][0][3],&g_1314,&g_71[2][0][6],&g_71[1][0][3],&g_71[1][0][9],&g_71[1][0][9]}},{{(void*)0,&g_71[2][0][6],&g_71[2][0][6],(void*)0,&g_71[2][0][6],&g_71[2][0][6],(void*)0,&g_1280[0][0],&g_1280[0][0]},{&g_71[1][0][3],&g_71[2][0][6],&g_1314,&g_71[1][0][3],&g_1314,&g_71[2][0][6],&g_71[1][0][3],&g_71[1][0][9],&g_71[1][0][9]}},{{(void*)0,&g_71[2][0][6],&g_71[2][0][6],(void*)0,&g_71[2][0][6],&g_71[2][0][6],(void*)0,&g_1280[0][0],&g_1280[0][0]},{&g_71[1][0][3],&g_71[2][0][6],&g_1314,&g_71[1][0][3],&g_1314,&g_71[2][0][6],&g_71[1][0][3],&g_71[1][0][9],&g_71[1][0][9]}}};
        union U0 * const l_1669 = (void*)0;
        const uint32_t *l_1672[8];
        const uint32_t * const *l_1671 = &l_1672[3];
        const uint32_t * const ** const l_1670 = &l_1671;
        uint8_t l_1697 = 0x0DL;
        float l_1735 = (-0x1.0p-1);
        int32_t l_1810[8][9] = {{0x453BAA3DL,0L,1L,0x474ED2CEL,(-1L),0L,(-1L),0L,0L},{1L,0xC40E75D7L,0L,0xFAB51303L,0L,0xC40E75D7L,1L,(-1L),1L},{0xB7F6C52BL,0L,0L,1L,0xFAB51303L,(-1L),(-1L),0xC40E75D7L,0x063642F1L},{(-1L),0xB7F6C52BL,1L,0xC40E75D7L,0xC40E75D7L,1L,0xB7F6C52BL,(-1L),0xF24F8540L},{0xC34FF4E8L,0x232E3304L,(-1L),0xC40E75D7L,0x453BAA3DL,0xF24F8540L,0L,0L,(-1L)},{0xF24F8540L,0x73F8D8A0L,(-1L),1L,0xC34FF4E8L,1L,(-1L),0x73F8D8A0L,0xF24F8540L},{(-1L),1L,0x453BAA3DL,0xFAB51303L,0xC34FF4E8L,0L,0x232E3304L,1L,0x063642F1L},{0L,1L,0xFAB51303L,0x474ED2CEL,0x453BAA3DL,0x453BAA3DL,0x474ED2CEL,0xFAB51303L,1L}};
        int32_t l_1820 = 0L;
        uint64_t l_1826 = 0UL;
        uint32_t l_1858[10] = {0xD543CBDAL,0xD543CBDAL,0xD543CBDAL,0xD543CBDAL,0xD543CBDAL,0xD543CBDAL,0xD543CBDAL,0xD543CBDAL,0xD543CBDAL,0xD543CBDAL};
        union U1 l_2000 = {0xCC861F6DL};
        union U0 l_2017 = {18446744073709551615UL};
        uint32_t l_2043 = 0xDCA859B2L;
        int64_t **l_2073 = (void*)0;
        int64_t *l_2074 = &g_2007[0];
        int32_t l_2101 = 0x27F58D0DL;
        int8_t **l_2109[3][5][6] = {{{&g_58,(void*)0,&g_58,&g_58,&g_58,&g_58},{&g_58,&g_58,(void*)0,&g_58,(void*)0,&g_58},{&g_58,(void*)0,&g_58,&g_58,(void*)0,&g_58},{&g_58,&g_58,&g_58,&g_58,&g_58,&g_58},{&g_58,&g_58,&g_58,&g_58,(void*)0,&g_58}},{{&g_58,(void*)0,&g_58,&g_58,(void*)0,&g_58},{(void*)0,&g_58,&g_58,&g_58,&g_58,&g_58},{(void*)0,(void*)0,&g_58,&g_58,&g_58,&g_58},{(void*)0,&g_58,&g_58,&g_58,(void*)0,&g_58},{&g_58,&g_58,(void*)0,&g_58,&g_58,&g_58}},{{&g_58,(void*)0,&g_58,&g_58,&g_58,&g_58},{&g_58,&g_58,(void*)0,&g_58,(void*)0,&g_58},{&g_58,(void*)0,&g_58,&g_58,(void*)0,&g_58},{&g_58,&g_58,&g_58,&g_58,&g_58,&g_58},{&g_58,&g_58,&g_58,&g_58,(void*)0,&g_58}}};
        int32_t l_2411 = 0xA10AAAB2L;
        int16_t l_2448 = 0xC7EDL;
        int i, j, k;
        for (i = 0; i < 8; i++)
            l_1672[i] = &g_219;
        for (g_213 = 0; (g_213 <= 0); g_213 += 1)
        { /* block id: 716 */
            uint32_t l_1660 = 0x779141B6L;
            int32_t l_1673 = 0x775BF955L;
            int32_t l_1677 = 0L;
            int i;
            for (g_201 = 0; (g_201 <= 4); g_201 += 1)
            { /* block id: 719 */
                int i, j;
                l_1662[3][0][3] = func_72(g_136[(g_175 + 1)], l_1660, l_1661);
                for (g_985 = 0; (g_985 <= 0); g_985 += 1)
                { /* block id: 723 */
                    int32_t *****l_1666 = &g_1665[6][1][2];
                    (*l_1666) = l_1663[0][4];
                }
                p_24 = g_746[(g_201 + 3)][(g_213 + 2)];
                (*g_1574) &= 0xB39331C2L;
            }
            (**g_1008) = &g_1011[(g_213 + 1)];
            l_1677 |= ((*g_1574) = (((((**g_1502) , (safe_sub_func_uint8_t_u_u(g_1011[(g_213 + 1)].f2, ((void*)0 != l_1669)))) != (l_1660 , ((l_1673 = (l_1670 == (void*)0)) > (*g_249)))) > (safe_div_func_uint8_t_u_u((*g_419), g_1676))) , g_1011[(g_213 + 1)].f0));
        }
        for (g_140 = 0; (g_140 <= 1); g_140 += 1)
        { /* block id: 736 */
            uint64_t l_1701 = 1UL;
            uint8_t *l_1776[10] = {&g_534,&l_1697,&g_534,&l_1697,&l_1697,&g_534,&l_1697,&g_534,&l_1697,&l_1697};
            int32_t l_1814[7][10][3] = {{{0x3B2CEBD0L,(-1L),0L},{0L,0xEAC8B2A9L,(-1L)},{1L,(-7L),(-6L)},{(-1L),0xEAC8B2A9L,0x0DCC8C43L},{0xBDC2865EL,(-1L),0xA61D8E1BL},{(-1L),0L,0xF4F4CBF5L},{1L,1L,0xA61D8E1BL},{0L,0L,0x0DCC8C43L},{0x3B2CEBD0L,1L,(-6L)},{0xEAC8B2A9L,0L,(-1L)}},{{0x3B2CEBD0L,(-1L),0L},{0L,0xEAC8B2A9L,(-1L)},{1L,(-7L),(-6L)},{(-1L),0xEAC8B2A9L,0x0DCC8C43L},{0xBDC2865EL,(-1L),0xA61D8E1BL},{(-1L),0L,0xF4F4CBF5L},{1L,1L,0xA61D8E1BL},{0L,0L,0x0DCC8C43L},{0x3B2CEBD0L,1L,(-6L)},{0xEAC8B2A9L,0L,(-1L)}},{{0x3B2CEBD0L,(-1L),0L},{0L,0xEAC8B2A9L,(-1L)},{1L,(-7L),(-6L)},{(-1L),0xEAC8B2A9L,0x0DCC8C43L},{0xBDC2865EL,(-1L),0xA61D8E1BL},{(-1L),0L,0xF4F4CBF5L},{1L,1L,0xA61D8E1BL},{0L,0L,0x0DCC8C43L},{0x3B2CEBD0L,1L,(-6L)},{0xEAC8B2A9L,0L,(-1L)}},{{(-1L),3L,(-3L)},{0x28C82264L,0L,0L},{0x23DC2B08L,(-1L),0x3B2CEBD0L},{(-1L),0L,(-1L)},{0xEEFA2931L,3L,0xB2E7858AL},{(-1L),0xBC11FF29L,(-1L)},{0x23DC2B08L,1L,0xB2E7858AL},{0x28C82264L,0x28C82264L,(-1L)},{(-1L),1L,0x3B2CEBD0L},{0L,0xBC11FF29L,0L}},{{(-1L),3L,(-3L)},{0x28C82264L,0L,0L},{0x23DC2B08L,(-1L),0x3B2CEBD0L},{(-1L),0L,(-1L)},{0xEEFA2931L,3L,0xB2E7858AL},{(-1L),0xBC11FF29L,(-1L)},{0x23DC2B08L,1L,0xB2E7858AL},{0x28C82264L,0x28C82264L,(-1L)},{(-1L),1L,0x3B2CEBD0L},{0L,0xBC11FF29L,0L}},{{(-1L),3L,(-3L)},{0x28C82264L,0L,0L},{0x23DC2B08L,(-1L),0x3B2CEBD0L},{(-1L),0L,(-1L)},{0xEEFA2931L,3L,0xB2E7858AL},{(-1L),0xBC11FF29L,(-1L)},{0x23DC2B08L,1L,0xB2E7858AL},{0x28C82264L,0x28C82264L,(-1L)},{(-1L),1L,0x3B2CEBD0L},{0L,0xBC11FF29L,0L}},{{(-1L),3L,(-3L)},{0x28C82264L,0L,0L},{0x23DC2B08L,(-1L),0x3B2CEBD0L},{(-1L),0L,(-1L)},{0xEEFA2931L,3L,0xB2E7858AL},{(-1L),0xBC11FF29L,(-1L)},{0x23DC2B08L,1L,0xB2E7858AL},{0x28C82264L,0x28C82264L,(-1L)},{(-1L),1L,0x3B2CEBD0L},{0L,0xBC11FF29L,0L}}};
            int8_t l_1824 = 0xC1L;
            int32_t l_1825[5][4] = {{0x5A326794L,0x5A326794L,0x5A326794L,0x5A326794L},{0x5A326794L,0x5A326794L,0x5A326794L,0x5A326794L},{0x5A326794L,0x5A326794L,0x5A326794L,0x5A326794L},{0x5A326794L,0x5A326794L,0x5A326794L,0x5A326794L},{0x5A326794L,0x5A326794L,0x5A326794L,0x5A326794L}};
            int16_t l_1983 = 0L;
            int32_t l_1993 = 0x44D54A62L;
            int16_t l_2018 = 1L;
            int32_t *l_2064 = &l_1814[5][6][0];
            int i, j, k;
            for (g_180 = 0; (g_180 <= 0); g_180 += 1)
            { /* block id: 739 */
                union U0 * const *l_1688[5] = {&l_1669,&l_1669,&l_1669,&l_1669,&l_1669};
                uint64_t *l_1709 = &g_213;
                union U1 ****l_1716[6][4][7] = {{{(void*)0,&g_1137,&g_1137,(void*)0,&g_1137,&g_1137,&g_1137},{&g_1137,&g_1137,&g_1137,(void*)0,(void*)0,&g_1137,&g_1137},{(void*)0,(void*)0,(void*)0,&g_1137,&g_1137,&g_1137,&g_1137},{&g_1137,&g_1137,&g_1137,(void*)0,&g_1137,&g_1137,&g_1137}},{{&g_1137,&g_1137,&g_1137,(void*)0,&g_1137,&g_1137,&g_1137},{&g_1137,&g_1137,&g_1137,&g_1137,&g_1137,&g_1137,&g_1137},{&g_1137,&g_1137,(void*)0,(void*)0,&g_1137,&g_1137,(void*)0},{&g_1137,&g_1137,&g_1137,&g_1137,(void*)0,&g_1137,&g_1137}},{{&g_1137,&g_1137,&g_1137,(void*)0,(void*)0,(void*)0,&g_1137},{&g_1137,&g_1137,&g_1137,&g_1137,&g_1137,(void*)0,&g_1137},{(void*)0,&g_1137,&g_1137,&g_1137,&g_1137,&g_1137,&g_1137},{&g_1137,&g_1137,&g_1137,&g_1137,&g_1137,&g_1137,&g_1137}},{{&g_1137,&g_1137,&g_1137,&g_1137,(void*)0,&g_1137,&g_1137},{(void*)0,&g_1137,&g_1137,&g_1137,&g_1137,&g_1137,(void*)0},{(void*)0,(void*)0,&g_1137,&g_1137,&g_1137,&g_1137,&g_1137},{&g_1137,&g_1137,(void*)0,&g_1137,(void*)0,(void*)0,&g_1137}},{{&g_1137,&g_1137,&g_1137,(void*)0,&g_1137,(void*)0,&g_1137},{(void*)0,(void*)0,&g_1137,&g_1137,&g_1137,&g_1137,&g_1137},{&g_1137,&g_1137,(void*)0,&g_1137,&g_1137,&g_1137,&g_1137},{&g_1137,&g_1137,&g_1137,&g_1137,&g_1137,&g_1137,&g_1137}},{{&g_1137,&g_1137,&g_1137,(void*)0,&g_1137,&g_1137,&g_1137},{&g_1137,&g_1137,&g_1137,&g_1137,(void*)0,(void*)0,&g_1137},{&g_1137,&g_1137,&g_1137,&g_1137,&g_1137,&g_1137,&g_1137},{&g_1137,&g_1137,(void*)0,&g_1137,&g_1137,&g_1137,&g_1137}}};
                int32_t l_1737 = 0x9475538AL;
                uint16_t l_1738 = 1UL;
                int16_t *l_1807 = &g_49[0];
                int32_t l_1817 = (-1L);
                int32_t l_1821 = (-2L);
                int32_t l_1822 = 0x1BFC317CL;
                int32_t l_1835 = (-9L);
                int32_t l_1837 = 0x2041D4C6L;
                int32_t l_1838[3];
                int i, j, k;
                for (i = 0; i < 3; i++)
                    l_1838[i] = 0x14024C59L;
                l_1662[4][1][2] = func_72((((((safe_mod_func_uint32_t_u_u((--(*g_249)), (safe_div_func_int64_t_s_s((safe_lshift_func_int16_t_s_u(((*g_48) = (safe_lshift_func_uint16_t_u_s((g_2[g_140] >= (((*g_48) > ((g_1689 = l_1688[3]) != l_1694)) == (l_1697 & (((safe_mul_func_int8_t_s_s(((***g_1008) , g_1700), ((l_1702 |= (((**g_258) &= g_2[g_140]) ^ (0UL <= l_1701))) & g_2[g_140]))) == l_1701) >= 0xABAE11793ECF999CLL)))), 12))), (*g_945))), l_1701)))) != 0xE0659928L) >= g_2[g_140]) , (**g_618)) > 0x49DFB2DF0E57280FLL), (*g_310), (*g_419));
                if (((l_1701 == ((*g_249) = (safe_sub_func_uint32_t_u_u(((safe_mul_func_int16_t_s_s((((safe_mul_func_uint16_t_u_u((((((*l_1709) |= (*g_310)) <= l_1701) != l_1701) || ((((g_1710 , (((safe_mul_func_uint16_t_u_u(l_1713, ((((safe_sub_func_uint32_t_u_u((*g_249), (l_1716[4][3][4] != &g_1137))) || l_1701) < l_1701) || g_2[g_140]))) > (*g_48)) != 0x66227B1FL)) > 0xD2L) ^ (*g_310)) , g_2[g_140])), 0L)) & (-9L)) >= 7L), (***g_1363))) != 0x8AL), 1L)))) | 65526UL))
                { /* block id: 748 */
                    uint16_t l_1717[1][8] = {{65530UL,0UL,0UL,65530UL,0UL,0UL,65530UL,0UL}};
                    int32_t l_1785 = 9L;
                    int i, j;
                    if (g_2[g_140])
                    { /* block id: 749 */
                        float l_1729 = (-0x2.Ap-1);
                        int32_t l_1732[5];
                        int64_t *l_1733 = &g_2[g_140];
                        uint32_t *l_1734 = &g_127;
                        int i;
                        for (i = 0; i < 5; i++)
                            l_1732[i] = (-10L);
                        l_1738 = (((l_1717[0][7] == (safe_mul_func_uint16_t_u_u(((((safe_unary_minus_func_uint32_t_u(l_1717[0][7])) >= ((safe_mod_func_int64_t_s_s((safe_rshift_func_int8_t_s_s((l_1717[0][7] || (safe_mod_func_int16_t_s_s((0xC959846FL >= (((*l_1734) = (((*l_1709) = 0xEF1726DDFAB16C55LL) && ((*l_1733) = ((safe_mul_func_int8_t_s_s(l_1701, (((*g_419) |= l_1717[0][7]) >= (((*g_249) = (safe_mod_func_int32_t_s_s(l_1732[0], 0x6C269F77L))) || l_1717[0][7])))) || 0x01F99E06L)))) && l_1717[0][7])), 0xC40CL))), l_1701)), l_1732[0])) <= l_1736)) , 0x4F19L) & l_1737), (****g_1362)))) < l_1701) , 6L);
                        if (l_1701)
                            continue;
                    }
                    else
                    { /* block id: 757 */
                        const uint32_t l_1771[5] = {4294967295UL,4294967295UL,4294967295UL,4294967295UL,4294967295UL};
                        uint8_t **l_1777 = (void*)0;
                        uint8_t *l_1779[1];
                        uint8_t **l_1778[5][9] = {{&l_1779[0],(void*)0,&l_1779[0],(void*)0,&l_1779[0],(void*)0,&l_1779[0],(void*)0,&l_1779[0]},{&l_1779[0],&l_1779[0],&l_1779[0],&l_1779[0],&l_1779[0],&l_1779[0],&l_1779[0],&l_1779[0],&l_1779[0]},{&l_1779[0],(void*)0,&l_1779[0],(void*)0,&l_1779[0],(void*)0,&l_1779[0],(void*)0,&l_1779[0]},{&l_1779[0],&l_1779[0],&l_1779[0],&l_1779[0],&l_1779[0],&l_1779[0],&l_1779[0],&l_1779[0],&l_1779[0]},{&l_1779[0],(void*)0,&l_1779[0],(void*)0,&l_1779[0],(void*)0,&l_1779[0],(void*)0,&l_1779[0]}};
                        const int64_t l_1784[9] = {(-9L),(-9L),(-9L),(-9L),(-9L),(-9L),(-9L),(-9L),(-9L)};
                        int i, j;
                        for (i = 0; i < 1; i++)
                            l_1779[i] = (void*)0;
                        l_1737 = (safe_lshift_func_int8_t_s_s(((safe_div_func_uint32_t_u_u((safe_add_func_uint16_t_u_u((!(((g_45 ^= (((+((l_1738 ^ (g_1207.f1 = ((*g_249) = ((safe_div_func_int64_t_s_s(((void*)0 == g_1749), (safe_mod_func_int16_t_s_s((safe_mod_func_int32_t_s_s((safe_lshift_func_int16_t_s_u((~(safe_lshift_func_int16_t_s_u((safe_mod_func_int64_t_s_s((safe_sub_func_int8_t_s_s((safe_rshift_func_uint16_t_u_u((safe_mod_func_uint8_t_u_u((((*g_419)--) ^ (l_1771[1] , (safe_mul_func_int16_t_s_s((safe_mul_func_uint16_t_u_u(((l_1776[2] != (g_1780 = &g_140)) ^ (((((0xE9L != ((((safe_mul_func_int16_t_s_s((8UL || l_1717[0][7]), l_1701)) | l_1738) & l_1783) <= 1UL)) , l_1771[1]) & (**g_258)) >= (***g_1363)) , l_1784[1])), 65535UL)), (*g_48))))), (*g_58))), 14)), l_1771[1])), l_1784[1])), 6))), 1)), (*g_249))), (*g_48))))) || l_1701)))) < l_1717[0][1])) >= 1UL) | l_1784[1])) != 0xD5ACL) <= (*g_1574))), 0x0BC6L)), 0x3860ACBBL)) == 1L), 0));
                        l_1785 |= (g_2[g_140] , l_1771[1]);
                        (*g_1184) = g_328[g_180][g_175];
                        (*g_624) ^= 0xC2E58709L;
                    }
                }
                else
                { /* block id: 768 */
                    int32_t l_1788 = (-2L);
                    int8_t *l_1806 = &g_1350.f0;
                    int32_t l_1811[8][4] = {{(-4L),(-1L),(-10L),(-4L)},{(-10L),(-4L),(-4L),(-10L)},{3L,(-4L),1L,(-4L)},{(-4L),(-1L),1L,1L},{3L,3L,(-4L),1L},{(-10L),(-1L),(-10L),(-4L)},{(-10L),(-4L),(-4L),(-10L)},{3L,(-4L),1L,(-4L)}};
                    int32_t l_1813[7] = {0xD7FEF74DL,(-6L),(-6L),0xD7FEF74DL,(-6L),(-6L),0xD7FEF74DL};
                    int8_t l_1823 = 0x32L;
                    int i, j;
                    if (((safe_sub_func_float_f_f(g_746[(g_175 + 1)][(g_180 + 4)], l_1788)) , (((*g_249)--) != (safe_mul_func_uint8_t_u_u(g_2[g_140], (g_2[g_140] == (safe_rshift_func_int16_t_s_u(((*g_48) ^ (((*g_395) , (((safe_div_func_uint32_t_u_u(l_1737, ((safe_mod_func_int64_t_s_s((((((*l_1806) = (g_1799 , ((*g_58) = (safe_add_func_uint32_t_u_u((safe_add_func_uint16_t_u_u((safe_mul_func_uint16_t_u_u(0x1E86L, (***g_1363))), g_2[g_140])), l_1788))))) & 0x84L) || 9L) & (*g_48)), l_1788)) & (*g_419)))) , &l_1702) == l_1807)) ^ l_1701)), 1))))))))
                    { /* block id: 772 */
                        int32_t * const l_1808 = (void*)0;
                        int32_t **l_1809 = &g_624;
                        int32_t l_1812 = 0L;
                        int32_t l_1815 = 6L;
                        int32_t l_1816 = (-8L);
                        int32_t l_1818 = 1L;
                        int32_t l_1819[1];
                        int i;
                        for (i = 0; i < 1; i++)
                            l_1819[i] = 0x02A55674L;
                        (*l_1809) = l_1808;
                        l_1826--;
                        l_1814[1][8][2] &= 0x9A774788L;
                    }
                    else
                    { /* block id: 776 */
                        (*g_1574) |= ((safe_lshift_func_int8_t_s_s(0x40L, 1)) , ((void*)0 != (**g_1362)));
                    }
                }
                for (l_1737 = 7; (l_1737 >= 1); l_1737 -= 1)
                { /* block id: 782 */
                    uint16_t l_1831 = 0xBB43L;
                    int32_t l_1834 = 0xE5782C1CL;
                    int32_t l_1836 = 0L;
                    int32_t l_1839 = 0L;
                    int32_t l_1840 = 0x66EF3B06L;
                    int32_t l_1841 = 1L;
                    ++l_1831;
                    --l_1842;
                }
            }
            for (g_213 = 2; (g_213 <= 7); g_213 += 1)
            { /* block id: 789 */
                int32_t l_1845 = (-1L);
                int32_t l_1860 = (-1L);
                int8_t l_1901 = 0x9BL;
                int32_t l_1905 = 0x49337052L;
                int32_t l_1906 = (-1L);
                int32_t l_1907 = 0xEE94D8E9L;
                uint8_t l_1908 = 2UL;
                uint16_t *****l_1975 = (void*)0;
                uint32_t l_1976 = 0xCE7F4B8DL;
                int32_t l_1977 = 0x6F3828B4L;
                int32_t l_1989 = 0x5E73E8A2L;
                int32_t l_1991 = 0xC92D026EL;
                int32_t l_1992 = 0xC17667CBL;
                int32_t l_1994 = 0L;
                int32_t l_1995 = (-5L);
                int32_t l_1996[4][2][1];
                union U1 **** const l_2040 = &g_1137;
                uint64_t **l_2058 = &g_310;
                uint64_t ***l_2057 = &l_2058;
                int32_t ****l_2063 = &g_1183;
                int i, j, k;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 2; j++)
                    {
                        for (k = 0; k < 1; k++)
                            l_1996[i][j][k] = 5L;
                    }
                }
                l_1860 ^= ((l_1845 != (safe_mul_func_uint8_t_u_u(((**l_1694) , ((*g_419) = 1UL)), l_1814[5][6][0]))) == (!(!(((*g_945) = ((safe_mod_func_uint16_t_u_u(l_1814[5][6][0], ((*g_48) = (((safe_add_func_uint64_t_u_u(((safe_sub_func_uint32_t_u_u((((*g_1363) = (*g_1363)) != (void*)0), (safe_mod_func_int64_t_s_s((&g_1700 != (l_1701 , &g_534)), (***g_1750))))) , 9UL), l_1858[5])) != l_1845) , g_1859)))) ^ (*g_310))) <= l_1814[5][6][0]))));
            }
        }
        (**g_1183) = func_72(l_2065[0][1], (((safe_mul_func_int16_t_s_s((*g_48), (**g_944))) , ((*g_1574) > ((safe_mod_func_uint16_t_u_u((((safe_add_func_uint8_t_u_u(0x6CL, ((l_2074 = l_2072) != &l_1661))) < ((*g_249) = ((g_2077 = (((18446744073709551615UL && ((((((safe_mul_func_int16_t_s_s((*g_48), (*g_48))) , (*g_419)) && (*g_1780)) >= 65535UL) , 0x1CEB47212AF11B2BLL) > (**g_618))) < 0xABL) , (void*)0)) != l_2079))) , 0xBC62L), (*g_48))) | 0xCBL))) && (**g_258)), (*g_419));
        for (l_1921 = 0; (l_1921 <= 4); l_1921 += 1)
        { /* block id: 870 */
            int64_t l_2080 = 8L;
            uint16_t *l_2094 = &g_839.f2;
            uint16_t *l_2095 = &g_266.f2;
            uint16_t *l_2096 = (void*)0;
            uint16_t *l_2097 = &g_266.f2;
            uint16_t *l_2098 = (void*)0;
            uint16_t *l_2099[4][5][7] = {{{&g_166,&g_160[3],(void*)0,&g_1676,(void*)0,&g_1676,(void*)0},{&g_166,&g_166,(void*)0,&g_160[3],&g_160[3],(void*)0,&g_166},{(void*)0,&g_1676,&g_160[2],(void*)0,(void*)0,&g_166,&g_166},{&g_160[3],(void*)0,(void*)0,(void*)0,&g_160[3],&g_166,&g_166},{&g_1676,&g_160[3],&g_166,(void*)0,(void*)0,&g_166,&g_160[3]}},{{(void*)0,&g_160[3],&g_1676,&g_1676,&g_160[3],&g_160[3],&g_166},{&g_1676,(void*)0,&g_160[3],(void*)0,&g_1676,&g_160[2],(void*)0},{&g_160[3],(void*)0,&g_166,&g_1676,&g_1676,&g_1676,&g_1676},{(void*)0,&g_160[3],&g_160[3],(void*)0,&g_166,(void*)0,&g_166},{&g_166,&g_160[5],&g_160[3],&g_1676,&g_160[5],(void*)0,&g_160[1]}},{{&g_166,&g_1676,(void*)0,(void*)0,(void*)0,&g_1676,&g_166},{&g_166,&g_166,&g_160[3],(void*)0,&g_166,&g_160[3],&g_1676},{&g_160[3],&g_1676,&g_166,(void*)0,&g_1676,&g_1676,(void*)0},{&g_160[3],&g_160[5],&g_160[3],&g_160[3],&g_166,&g_160[2],&g_166},{&g_1676,(void*)0,(void*)0,&g_1676,&g_160[3],&g_160[3],&g_160[3]}},{{(void*)0,&g_160[0],&g_160[3],&g_160[0],&g_166,&g_160[2],&g_166},{&g_1676,(void*)0,&g_160[3],&g_1350.f2,&g_166,&g_1676,&g_166},{(void*)0,&g_160[2],&g_166,&g_160[3],&g_160[1],&g_160[3],&g_166},{(void*)0,(void*)0,&g_160[3],&g_160[2],&g_1350.f2,&g_1676,(void*)0},{&g_166,&g_160[0],&g_1676,&g_166,&g_166,(void*)0,&g_166}}};
            int32_t l_2100 = 0x4AA67286L;
            int32_t l_2102[1];
            float l_2111 = 0x7.23D827p+30;
            int8_t *l_2147[10][9] = {{&g_1350.f0,&g_175,&g_59[2],&g_59[3],(void*)0,&g_1350.f0,&g_1350.f0,(void*)0,&g_59[3]},{&g_2117.f0,(void*)0,&g_2117.f0,&g_59[3],&g_2117.f0,(void*)0,&g_2117.f0,&g_59[3],&g_2117.f0},{&g_59[3],&g_1350.f0,&g_59[2],&g_175,(void*)0,(void*)0,&g_175,&g_59[2],&g_1350.f0},{&g_59[2],&g_839.f0,&g_1350.f0,&g_59[3],&g_59[2],&g_59[3],&g_1350.f0,&g_839.f0,&g_59[2]},{(void*)0,&g_59[2],&g_59[2],&g_59[3],&g_59[3],&g_59[2],&g_59[2],(void*)0,(void*)0},{&g_2117.f0,&g_839.f0,&g_2117.f0,&g_2117.f0,&g_2117.f0,&g_839.f0,&g_2117.f0,&g_2117.f0,&g_2117.f0},{(void*)0,&g_1350.f0,&g_59[2],&g_59[2],&g_1350.f0,(void*)0,&g_59[2],&g_1350.f0,(void*)0},{&g_59[2],(void*)0,&g_266.f0,(void*)0,&g_59[2],&g_2117.f0,&g_266.f0,&g_2117.f0,&g_59[2]},{&g_59[3],&g_175,&g_175,&g_59[3],(void*)0,&g_1350.f0,&g_59[2],(void*)0,&g_1350.f0},{&g_2117.f0,&g_2117.f0,&g_2117.f0,&g_839.f0,&g_2117.f0,&g_2117.f0,&g_2117.f0,&g_839.f0,&g_2117.f0}};
            union U0 l_2150 = {1UL};
            int32_t *l_2151 = &g_1350.f1;
            uint32_t ** const *l_2154 = &g_248;
            uint32_t ** const **l_2153 = &l_2154;
            int64_t ***l_2179[6] = {&l_2073,&l_2073,&l_2073,&l_2073,&l_2073,&l_2073};
            int16_t **l_2190 = (void*)0;
            uint32_t l_2218 = 0xA5A58F9FL;
            uint64_t l_2235 = 0x3D5A7DFC8AB5AB81LL;
            uint32_t l_2250[7] = {0x7E85F33BL,4294967295UL,4294967295UL,0x7E85F33BL,4294967295UL,4294967295UL,0x7E85F33BL};
            union U0 ** volatile *l_2274 = &g_1502;
            int16_t ***l_2331 = &l_2190;
            int32_t l_2362 = 0x8340C3DAL;
            const int64_t * const **l_2437 = &g_2435[5][0][1];
            int32_t *l_2452 = (void*)0;
            int32_t **l_2451 = &l_2452;
            int32_t ***l_2450 = &l_2451;
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_2102[i] = 0L;
        }
    }
    return (***l_2398);
}


/* ------------------------------------------ */
/* 
 * reads : g_51 g_310 g_142 g_2 g_1538 g_1539 g_59 g_1574 g_1314
 * writes: g_51 g_142 g_2 g_1314
 */
static float  func_25(int8_t * const  p_26, int8_t  p_27, float  p_28, int8_t * const  p_29, union U0  p_30)
{ /* block id: 697 */
    int32_t l_1646 = 0xD432782AL;
    union U0 l_1647[8][8] = {{{0x53FCC463L},{18446744073709551611UL},{18446744073709551615UL},{0x1AFCC04EL},{8UL},{0x53FCC463L},{0xB9D7CF4AL},{0xA8B118AFL}},{{18446744073709551615UL},{4UL},{0x5358CA4CL},{0x8D669F3AL},{0x8D669F3AL},{0x5358CA4CL},{4UL},{18446744073709551615UL}},{{18446744073709551612UL},{0UL},{0xAA147D3DL},{0x8199FE0CL},{0UL},{0x82395FF1L},{0x8D669F3AL},{0xAA147D3DL}},{{0UL},{0UL},{0x09C51A3CL},{18446744073709551615UL},{0x8199FE0CL},{0x82395FF1L},{18446744073709551612UL},{0x53FCC463L}},{{0xD0372F99L},{0UL},{0x53FCC463L},{0x5358CA4CL},{0xB9D7CF4AL},{0x5358CA4CL},{0x53FCC463L},{0UL}},{{0x53FCC463L},{4UL},{0x0B6AE686L},{0xAA147D3DL},{0x530B7DA2L},{0x53FCC463L},{18446744073709551611UL},{18446744073709551615UL}},{{0x69351FB8L},{18446744073709551611UL},{0x5358CA4CL},{0x09C51A3CL},{0x53FCC463L},{1UL},{18446744073709551611UL},{18446744073709551615UL}},{{0x65A6DFB9L},{0x09C51A3CL},{0x0B6AE686L},{0x53FCC463L},{0UL},{0UL},{0x53FCC463L},{0x0B6AE686L}}};
    uint32_t **l_1648 = &g_249;
    int64_t *l_1649 = &g_2[1];
    uint32_t l_1650 = 0x40B29583L;
    float **l_1656 = &g_328[0][1];
    int i, j;
    for (g_51 = 24; (g_51 == (-20)); g_51 = safe_sub_func_uint32_t_u_u(g_51, 1))
    { /* block id: 700 */
        int16_t l_1645 = (-1L);
        return l_1645;
    }
    l_1650 = ((*g_310) , (p_30.f0 ^ (l_1646 , ((*l_1649) ^= (((*g_310) = ((l_1647[6][6] , l_1648) != &g_249)) , 0xBACA3F8E6552E99FLL)))));
    (*g_1574) ^= (safe_mod_func_uint8_t_u_u((~(((((safe_lshift_func_uint16_t_u_u((0x1DL & (((*g_1538) == (l_1647[6][6].f0 , l_1656)) > (*p_26))), 5)) , (safe_add_func_float_f_f(l_1647[6][6].f0, l_1646))) , l_1650) , ((0x7DL > (*p_26)) && l_1647[6][6].f0)) > p_30.f0)), l_1647[6][6].f0));
    (*g_1574) = (p_30.f0 <= 4294967295UL);
    return p_28;
}


/* ------------------------------------------ */
/* 
 * reads : g_47 g_2 g_71 g_1363 g_944 g_945 g_160 g_249 g_136 g_1574 g_1641 g_618 g_619 g_258 g_58 g_59
 * writes: g_2 g_71 g_248 g_1314
 */
static int8_t * func_31(int32_t  p_32, int8_t * p_33, int64_t  p_34, float  p_35, int8_t * p_36)
{ /* block id: 11 */
    int8_t l_91 = 0xF0L;
    int16_t l_94 = 0x277CL;
    union U1 **l_1605 = &g_395;
    int32_t l_1614[7] = {0x2CB43201L,0x2CB43201L,0x2CB43201L,0x2CB43201L,0x2CB43201L,0x2CB43201L,0x2CB43201L};
    int32_t l_1617[2][1][7] = {{{(-1L),0x8C727E77L,0x8C727E77L,(-1L),0x8C727E77L,0x8C727E77L,(-1L)}},{{1L,0xD3D0BD14L,1L,1L,0xD3D0BD14L,1L,1L}}};
    uint16_t l_1618 = 0xDC51L;
    uint32_t ***l_1622 = (void*)0;
    union U0 l_1624 = {18446744073709551611UL};
    uint32_t **l_1639 = (void*)0;
    int64_t *l_1640 = (void*)0;
    int i, j, k;
    for (p_34 = (-28); (p_34 != (-29)); --p_34)
    { /* block id: 14 */
        float l_66 = 0x1.CCFE98p+45;
        int64_t *l_67 = &g_2[1];
        int32_t *l_68 = (void*)0;
        int32_t *l_69 = (void*)0;
        int32_t *l_70 = &g_71[2][0][6];
        int16_t *l_623[2];
        uint64_t *l_1581 = &g_434;
        uint32_t l_1593 = 4294967288UL;
        union U0 l_1594 = {0UL};
        union U1 **l_1604 = &g_395;
        int i;
        for (i = 0; i < 2; i++)
            l_623[i] = &l_94;
        (*l_70) |= (safe_add_func_int64_t_s_s(p_34, ((*l_67) |= ((safe_rshift_func_uint16_t_u_s(65533UL, 9)) | g_47))));
    }
    if (p_34)
        goto lbl_1621;
lbl_1621:
    for (p_34 = 0; (p_34 > (-22)); p_34 = safe_sub_func_int8_t_s_s(p_34, 8))
    { /* block id: 686 */
        int32_t *l_1615[1][10][3] = {{{&g_71[2][0][6],&g_1314,&l_1614[3]},{(void*)0,&g_1314,&g_1280[0][4]},{&l_1614[0],&g_71[2][0][6],&l_1614[3]},{&l_1614[0],&l_1614[0],&g_71[2][0][6]},{(void*)0,&g_71[2][0][6],&g_71[2][0][6]},{&g_71[2][0][6],&g_1280[2][2],&g_1314},{&g_71[2][0][6],&g_1280[2][2],&g_1314},{&g_1314,&g_1350.f1,&g_1314},{&g_1314,&g_1314,(void*)0},{&g_71[2][0][6],&g_1350.f1,(void*)0}}};
        int32_t l_1616 = 1L;
        int i, j, k;
        --l_1618;
        if (p_34)
            continue;
    }
    l_1622 = l_1622;
    l_1614[0] = ((!((l_1624 , 0x4B500A5CL) | (safe_sub_func_uint16_t_u_u(((safe_div_func_int8_t_s_s(((safe_rshift_func_int8_t_s_s(((0x09CC2542L & ((((((((*g_1574) = (((((l_1617[0][0][1] == ((safe_mul_func_uint16_t_u_u(1UL, (***g_1363))) && l_1614[1])) || ((p_34 = (safe_lshift_func_int16_t_s_u(((safe_mod_func_int8_t_s_s(((((((l_1639 != (g_248 = l_1639)) ^ l_91) > 0L) | p_32) , 0xACE3F2D0L) <= (*g_249)), l_1617[1][0][5])) != (-5L)), 8))) >= 0x01C393C7621BD421LL)) != p_32) > l_1618) ^ l_94)) && 4L) & 0x6698ED85L) < g_1641[0]) , l_1617[0][0][3]) && (**g_618)) > 0UL)) > l_1617[0][0][1]), (**g_258))) < (**g_258)), p_32)) , l_1617[1][0][6]), 0x5CECL)))) != p_32);
    return (*g_258);
}


/* ------------------------------------------ */
/* 
 * reads : g_51
 * writes: g_51
 */
static int8_t * func_37(int8_t  p_38, int8_t * const  p_39, int8_t * p_40, int8_t * p_41)
{ /* block id: 4 */
    int8_t *l_57 = (void*)0;
    for (g_51 = 1; (g_51 >= 0); g_51 -= 1)
    { /* block id: 7 */
        int8_t *l_56[10];
        int i;
        for (i = 0; i < 10; i++)
            l_56[i] = &g_51;
        return l_56[1];
    }
    return l_57;
}


/* ------------------------------------------ */
/* 
 * reads : g_1586 g_1183 g_1184 g_624
 * writes: g_1586
 */
static int32_t * func_72(uint64_t  p_73, uint64_t  p_74, const uint8_t  p_75)
{ /* block id: 664 */
    int16_t l_1582 = 0x8A98L;
    int32_t l_1583 = 0x98E9566FL;
    int32_t *l_1584 = &g_1280[0][4];
    int32_t *l_1585[1][1];
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_1585[i][j] = &g_71[2][0][6];
    }
    g_1586++;
    return (**g_1183);
}


/* ------------------------------------------ */
/* 
 * reads : g_310 g_160 g_419 g_118 g_140 g_643 g_213 g_142 g_71 g_180 g_48 g_49 g_681 g_624 g_696 g_288.f0 g_749 g_434 g_58 g_59 g_681.f0 g_619 g_177 g_258 g_2 g_175 g_839 g_850 g_51 g_534 g_880 g_395 g_288 g_948 g_394 g_966 g_945 g_1002 g_1007 g_944 g_750 g_1084 g_219 g_1184 g_985 g_155.f0 g_851 g_849 g_880.f1 g_1350 g_618 g_1362 g_1183 g_1363 g_1429 g_1280 g_1496
 * writes: g_213 g_142 g_160 g_624 g_71 g_180 g_434 g_248 g_198 g_746 g_750 g_51 g_2 g_95 g_175 g_851 g_534 g_45 g_118 g_140 g_201 g_944 g_49 g_966 g_395 g_985 g_880.f1 g_1362 g_1280 g_1496 g_1574
 */
static uint32_t  func_78(uint8_t  p_79, int16_t * p_80, int32_t * p_81, uint32_t  p_82)
{ /* block id: 245 */
    int16_t l_627[4];
    uint16_t *l_636 = &g_160[3];
    union U1 ***l_639 = &g_394;
    int64_t l_648 = 7L;
    int32_t **l_682[2][7][5] = {{{&g_624,&g_624,(void*)0,&g_624,&g_624},{&g_624,&g_624,&g_624,&g_624,&g_624},{&g_624,&g_624,&g_624,&g_624,&g_624},{&g_624,&g_624,&g_624,&g_624,&g_624},{&g_624,&g_624,&g_624,&g_624,&g_624},{&g_624,&g_624,&g_624,&g_624,&g_624},{&g_624,&g_624,(void*)0,&g_624,&g_624}},{{&g_624,&g_624,&g_624,&g_624,&g_624},{&g_624,&g_624,&g_624,&g_624,&g_624},{&g_624,&g_624,&g_624,&g_624,&g_624},{&g_624,&g_624,&g_624,&g_624,&g_624},{&g_624,&g_624,&g_624,&g_624,&g_624},{&g_624,&g_624,(void*)0,&g_624,&g_624},{&g_624,&g_624,&g_624,&g_624,&g_624}}};
    uint16_t **l_820 = &l_636;
    uint32_t *l_822 = &g_95;
    uint16_t l_834 = 0x0116L;
    int8_t *l_835 = (void*)0;
    int8_t *l_836 = &g_175;
    int32_t l_842 = 1L;
    union U0 *l_848 = &g_849[3];
    float l_853 = (-0x10.Ep+1);
    int8_t l_904 = (-1L);
    uint16_t l_915 = 1UL;
    int16_t l_928[10] = {0x5743L,0x5743L,0x5743L,0x5743L,0x5743L,0x5743L,0x5743L,0x5743L,0x5743L,0x5743L};
    uint16_t ***l_1001 = &g_944;
    uint32_t l_1036 = 0UL;
    union U1 ****l_1138[6][7][4] = {{{&g_1137,&g_1137,(void*)0,&g_1137},{&g_1137,(void*)0,&g_1137,&g_1137},{&g_1137,&g_1137,&g_1137,(void*)0},{&g_1137,&l_639,&g_1137,(void*)0},{&g_1137,&g_1137,&g_1137,&g_1137},{&l_639,&g_1137,&g_1137,&g_1137},{(void*)0,&g_1137,(void*)0,&g_1137}},{{&l_639,&l_639,&g_1137,&g_1137},{&g_1137,&l_639,&g_1137,(void*)0},{&g_1137,&g_1137,&g_1137,&l_639},{&l_639,(void*)0,(void*)0,&g_1137},{(void*)0,&l_639,&g_1137,(void*)0},{&l_639,&g_1137,&g_1137,&g_1137},{&g_1137,&g_1137,&g_1137,&l_639}},{{&g_1137,(void*)0,&g_1137,&l_639},{&g_1137,&g_1137,&g_1137,&g_1137},{&g_1137,&g_1137,(void*)0,&l_639},{&g_1137,(void*)0,(void*)0,&l_639},{&l_639,&g_1137,&g_1137,&g_1137},{(void*)0,&g_1137,&g_1137,(void*)0},{(void*)0,&l_639,(void*)0,&g_1137}},{{(void*)0,(void*)0,&l_639,&l_639},{&g_1137,&g_1137,(void*)0,(void*)0},{&g_1137,&l_639,(void*)0,&g_1137},{&g_1137,&g_1137,(void*)0,&g_1137},{(void*)0,(void*)0,(void*)0,&g_1137},{(void*)0,&g_1137,(void*)0,&l_639},{&g_1137,&g_1137,&g_1137,&g_1137}},{{&l_639,&g_1137,(void*)0,&g_1137},{&g_1137,(void*)0,&g_1137,(void*)0},{&g_1137,&g_1137,&g_1137,(void*)0},{&l_639,(void*)0,(void*)0,&g_1137},{&g_1137,&g_1137,&l_639,&g_1137},{(void*)0,&g_1137,&l_639,&l_639},{(void*)0,&g_1137,&l_639,&g_1137}},{{&l_639,(void*)0,&g_1137,&g_1137},{&g_1137,&g_1137,&g_1137,&g_1137},{&l_639,(void*)0,(void*)0,&g_1137},{&l_639,&g_1137,&g_1137,&g_1137},{&g_1137,&g_1137,&g_1137,(void*)0},{&l_639,&g_1137,&l_639,(void*)0},{(void*)0,&l_639,&l_639,&l_639}}};
    uint16_t l_1235 = 0xE053L;
    uint32_t l_1296 = 0xB8EC4BA1L;
    float l_1316[3][2];
    uint64_t l_1336 = 0x55979D86847C27EALL;
    int16_t l_1337 = 0L;
    uint16_t ****l_1367 = &g_1363;
    int32_t l_1432 = 0x0413B246L;
    uint16_t l_1489 = 0x29F2L;
    uint64_t l_1492 = 18446744073709551607UL;
    uint64_t l_1516 = 18446744073709551610UL;
    int8_t l_1537[3][3];
    int64_t l_1540 = 8L;
    float **l_1560 = &g_328[0][2];
    float ***l_1559 = &l_1560;
    int32_t l_1563 = 0xF05FC0E5L;
    uint16_t l_1578[9] = {0x0395L,6UL,0x0395L,0x0395L,6UL,0x0395L,0x0395L,6UL,0x0395L};
    int i, j, k;
    for (i = 0; i < 4; i++)
        l_627[i] = 9L;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
            l_1316[i][j] = 0x2.05A0A8p-27;
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
            l_1537[i][j] = 0xC3L;
    }
    if ((safe_lshift_func_uint16_t_u_s((l_627[3] & ((((safe_add_func_uint8_t_u_u(((safe_rshift_func_int16_t_s_u((safe_lshift_func_int8_t_s_u((safe_sub_func_uint64_t_u_u(((*g_310) = p_79), (((*l_636)--) | ((void*)0 == &g_395)))), 7)), ((((void*)0 == l_639) , (((6UL == ((safe_mod_func_int8_t_s_s((-1L), 0x24L)) | 0x859B9FA9L)) , p_79) || l_627[3])) | 0xDEE877C4L))) <= 18446744073709551615UL), 0x8BL)) > l_627[1]) != l_627[1]) | (*g_419))), 2)))
    { /* block id: 248 */
        return p_82;
    }
    else
    { /* block id: 250 */
        int32_t *l_642 = &g_71[2][0][6];
        int32_t l_656[4][1][7] = {{{2L,2L,0L,0x2D31CD1BL,(-8L),0x2D31CD1BL,0L}},{{0xB718EDDFL,0xB718EDDFL,0xD0994FC7L,(-1L),0x27EC063DL,(-1L),0xD0994FC7L}},{{2L,2L,0L,0x2D31CD1BL,(-8L),0x2D31CD1BL,0L}},{{0xB718EDDFL,0xB718EDDFL,0xD0994FC7L,(-1L),0x27EC063DL,(-1L),0xD0994FC7L}}};
        uint64_t **l_694 = &g_310;
        uint32_t l_720 = 2UL;
        int64_t **l_768[3];
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_768[i] = &g_619[2];
        (*g_643) = l_642;
        if ((p_80 != ((*g_419) , &g_166)))
        { /* block id: 252 */
            (*l_642) ^= ((safe_mod_func_uint64_t_u_u(p_79, (*g_310))) > (safe_rshift_func_uint8_t_u_u(l_648, 4)));
        }
        else
        { /* block id: 254 */
            uint64_t l_660 = 0x15829426C2BD49C3LL;
            union U0 l_667 = {0x018B887DL};
            uint32_t **l_684 = &g_249;
            uint64_t **l_692[7][7][5] = {{{&g_310,&g_310,&g_310,&g_310,(void*)0},{&g_310,&g_310,&g_310,&g_310,&g_310},{(void*)0,&g_310,&g_310,&g_310,&g_310},{&g_310,&g_310,&g_310,&g_310,&g_310},{&g_310,&g_310,(void*)0,&g_310,&g_310},{&g_310,(void*)0,&g_310,&g_310,&g_310},{&g_310,&g_310,&g_310,(void*)0,&g_310}},{{&g_310,&g_310,&g_310,&g_310,&g_310},{&g_310,&g_310,&g_310,&g_310,(void*)0},{&g_310,&g_310,(void*)0,&g_310,&g_310},{&g_310,&g_310,&g_310,&g_310,&g_310},{(void*)0,&g_310,&g_310,&g_310,&g_310},{&g_310,&g_310,&g_310,&g_310,&g_310},{&g_310,&g_310,&g_310,&g_310,&g_310}},{{&g_310,&g_310,&g_310,&g_310,(void*)0},{&g_310,&g_310,(void*)0,&g_310,&g_310},{&g_310,&g_310,&g_310,&g_310,&g_310},{&g_310,&g_310,&g_310,&g_310,&g_310},{&g_310,&g_310,&g_310,&g_310,&g_310},{(void*)0,&g_310,&g_310,(void*)0,(void*)0},{&g_310,(void*)0,&g_310,&g_310,&g_310}},{{&g_310,&g_310,&g_310,&g_310,&g_310},{&g_310,&g_310,&g_310,&g_310,&g_310},{&g_310,&g_310,&g_310,&g_310,(void*)0},{&g_310,&g_310,&g_310,&g_310,&g_310},{&g_310,(void*)0,&g_310,&g_310,&g_310},{&g_310,&g_310,&g_310,&g_310,&g_310},{&g_310,&g_310,&g_310,&g_310,(void*)0}},{{&g_310,&g_310,&g_310,&g_310,&g_310},{&g_310,&g_310,&g_310,&g_310,&g_310},{&g_310,(void*)0,&g_310,&g_310,(void*)0},{&g_310,&g_310,&g_310,&g_310,&g_310},{&g_310,&g_310,(void*)0,&g_310,&g_310},{(void*)0,&g_310,&g_310,&g_310,&g_310},{&g_310,&g_310,&g_310,&g_310,(void*)0}},{{&g_310,(void*)0,&g_310,&g_310,&g_310},{&g_310,&g_310,&g_310,&g_310,&g_310},{&g_310,&g_310,&g_310,&g_310,(void*)0},{&g_310,&g_310,&g_310,(void*)0,(void*)0},{&g_310,&g_310,&g_310,(void*)0,&g_310},{&g_310,(void*)0,&g_310,&g_310,&g_310},{&g_310,&g_310,&g_310,&g_310,(void*)0}},{{&g_310,&g_310,&g_310,&g_310,&g_310},{&g_310,&g_310,(void*)0,&g_310,&g_310},{&g_310,(void*)0,&g_310,&g_310,&g_310},{&g_310,&g_310,&g_310,&g_310,(void*)0},{&g_310,&g_310,&g_310,&g_310,&g_310},{(void*)0,&g_310,&g_310,(void*)0,&g_310},{&g_310,&g_310,&g_310,(void*)0,(void*)0}}};
            int32_t l_698 = 0xA32E4261L;
            union U1 l_731 = {0x2FC3538FL};
            int32_t l_747[1];
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_747[i] = 1L;
            for (g_180 = (-30); (g_180 < 10); g_180 = safe_add_func_uint64_t_u_u(g_180, 1))
            { /* block id: 257 */
                int32_t *l_651 = &g_71[3][0][9];
                int32_t *l_652 = &g_71[2][0][6];
                int32_t *l_653 = (void*)0;
                int32_t *l_654 = &g_71[2][0][3];
                int32_t *l_655 = &g_71[1][0][5];
                int32_t *l_657 = &g_266.f1;
                int32_t *l_658 = &g_71[0][0][9];
                int32_t *l_659[7][6][1] = {{{&g_71[2][0][6]},{&g_71[0][0][5]},{&l_656[0][0][1]},{&l_656[2][0][1]},{&g_71[2][0][6]},{&l_656[2][0][1]}},{{&l_656[0][0][1]},{&g_71[0][0][5]},{&g_71[2][0][6]},{&g_71[2][0][6]},{(void*)0},{&g_71[2][0][6]}},{{&g_71[4][0][5]},{&g_71[3][0][9]},{&g_71[3][0][9]},{&g_71[4][0][5]},{&g_71[2][0][6]},{(void*)0}},{{&g_71[2][0][6]},{&g_71[2][0][6]},{&g_71[0][0][5]},{&l_656[0][0][1]},{&l_656[2][0][1]},{&g_71[2][0][6]}},{{&l_656[2][0][1]},{&l_656[0][0][1]},{&g_71[0][0][5]},{&g_71[2][0][6]},{&g_71[2][0][6]},{&g_71[2][0][6]}},{{&g_71[3][0][9]},{&l_656[2][0][1]},{&l_656[1][0][5]},{&l_656[1][0][5]},{&l_656[2][0][1]},{&g_71[3][0][9]}},{{&g_71[2][0][6]},{&g_71[2][0][6]},{&l_656[0][0][2]},{&l_656[3][0][0]},{(void*)0},{&g_71[1][0][6]}}};
                int8_t * const l_672 = &g_175;
                int i, j, k;
                l_660++;
                (*l_658) = (l_656[3][0][4] ^= ((*g_48) < (((*l_636) = (safe_mul_func_uint16_t_u_u(l_648, (safe_mul_func_uint8_t_u_u((l_648 == (l_667 , (0xA2L & ((safe_unary_minus_func_uint16_t_u(g_142)) || (~0x7887169DA5DA521ELL))))), ((((((safe_sub_func_int64_t_s_s((((((void*)0 != l_672) >= (*l_658)) | p_79) || 0x3BE74C97L), 0x43D74D6E0631DC00LL)) ^ l_648) && (*l_642)) ^ (*l_654)) == 250UL) || p_82)))))) & (-1L))));
                (*l_651) ^= (safe_mod_func_int64_t_s_s((p_79 , l_627[3]), 0x21AC52B892FB2CDALL));
            }
            if ((p_79 != 0L))
            { /* block id: 264 */
                int32_t ***l_691[9][7][4] = {{{&l_682[1][0][3],&l_682[0][0][3],&l_682[1][0][3],(void*)0},{(void*)0,&l_682[0][0][3],(void*)0,&l_682[1][5][2]},{&l_682[0][0][3],&l_682[0][0][0],&l_682[0][4][0],&l_682[1][0][3]},{&l_682[1][0][3],(void*)0,&l_682[1][0][3],&l_682[0][0][0]},{&l_682[1][0][3],&l_682[1][0][3],&l_682[1][0][3],&l_682[1][0][3]},{&l_682[1][0][3],&l_682[1][5][2],&l_682[0][4][0],(void*)0},{&l_682[0][0][3],(void*)0,(void*)0,&l_682[1][0][3]}},{{(void*)0,&l_682[1][0][3],&l_682[1][0][3],&l_682[1][0][3]},{&l_682[1][0][3],(void*)0,(void*)0,(void*)0},{&l_682[1][0][0],&l_682[1][5][2],&l_682[1][0][3],&l_682[1][0][3]},{(void*)0,&l_682[1][0][3],&l_682[0][0][0],&l_682[0][0][0]},{(void*)0,(void*)0,&l_682[1][0][3],&l_682[1][0][3]},{&l_682[1][0][0],&l_682[0][0][0],(void*)0,&l_682[1][5][2]},{&l_682[1][0][3],&l_682[0][0][3],&l_682[1][0][3],(void*)0}},{{(void*)0,&l_682[0][0][3],(void*)0,&l_682[1][5][2]},{&l_682[0][0][3],&l_682[0][0][0],&l_682[0][4][0],&l_682[1][0][3]},{&l_682[1][0][3],(void*)0,&l_682[1][0][3],&l_682[0][0][0]},{&l_682[1][0][3],&l_682[1][0][3],&l_682[1][0][3],&l_682[1][0][3]},{&l_682[1][0][3],&l_682[1][5][2],&l_682[0][4][0],(void*)0},{&l_682[0][0][3],(void*)0,(void*)0,&l_682[1][0][3]},{(void*)0,&l_682[1][0][3],&l_682[1][0][3],&l_682[1][0][3]}},{{&l_682[1][0][3],(void*)0,(void*)0,(void*)0},{&l_682[1][0][0],&l_682[1][5][2],&l_682[1][0][3],&l_682[1][0][3]},{(void*)0,&l_682[1][0][3],&l_682[0][0][0],&l_682[0][0][0]},{(void*)0,(void*)0,&l_682[1][0][3],&l_682[1][0][3]},{&l_682[1][0][0],&l_682[0][0][0],(void*)0,&l_682[1][5][2]},{&l_682[1][0][3],&l_682[0][0][3],&l_682[1][0][3],(void*)0},{(void*)0,&l_682[0][0][3],(void*)0,&l_682[1][5][2]}},{{&l_682[0][0][3],&l_682[0][0][0],&l_682[0][4][0],&l_682[1][0][3]},{&l_682[1][0][3],(void*)0,&l_682[1][0][3],&l_682[0][0][0]},{&l_682[1][0][3],&l_682[1][0][3],&l_682[1][0][3],&l_682[1][0][3]},{&l_682[1][0][3],&l_682[1][5][2],&l_682[0][4][0],(void*)0},{&l_682[0][0][3],(void*)0,(void*)0,&l_682[1][0][3]},{(void*)0,&l_682[1][0][3],&l_682[1][0][3],&l_682[1][0][3]},{&l_682[1][0][3],(void*)0,(void*)0,(void*)0}},{{&l_682[1][0][0],&l_682[1][5][2],&l_682[1][0][3],&l_682[1][0][3]},{(void*)0,&l_682[1][0][3],&l_682[0][0][0],&l_682[0][0][0]},{(void*)0,(void*)0,&l_682[1][0][3],&l_682[1][0][3]},{&l_682[1][0][0],&l_682[0][0][0],(void*)0,&l_682[1][5][2]},{&l_682[1][0][3],&l_682[0][0][3],&l_682[1][0][3],(void*)0},{(void*)0,&l_682[0][0][3],(void*)0,&l_682[1][5][2]},{&l_682[0][0][3],&l_682[0][0][0],&l_682[0][4][0],&l_682[1][0][3]}},{{&l_682[1][0][3],(void*)0,&l_682[1][0][3],&l_682[0][0][0]},{&l_682[1][0][3],&l_682[1][0][3],&l_682[1][0][3],&l_682[1][0][3]},{&l_682[1][5][2],(void*)0,&l_682[1][0][3],&l_682[0][0][0]},{&l_682[1][0][3],&l_682[0][4][0],&l_682[0][0][0],&l_682[0][0][3]},{&l_682[0][0][0],&l_682[0][0][3],&l_682[1][0][0],&l_682[0][0][3]},{&l_682[1][0][3],&l_682[0][4][0],&l_682[1][0][3],&l_682[0][0][0]},{(void*)0,(void*)0,&l_682[0][0][3],(void*)0}},{{&l_682[1][0][3],&l_682[1][0][3],&l_682[1][0][3],&l_682[1][0][3]},{&l_682[1][0][3],&l_682[1][0][3],&l_682[0][0][3],&l_682[1][5][2]},{(void*)0,&l_682[1][0][3],&l_682[1][0][3],(void*)0},{&l_682[1][0][3],&l_682[1][0][3],&l_682[1][0][0],&l_682[1][0][3]},{&l_682[0][0][0],&l_682[1][0][3],&l_682[0][0][0],(void*)0},{&l_682[1][0][3],&l_682[1][0][3],&l_682[1][0][3],&l_682[1][5][2]},{&l_682[1][5][2],&l_682[1][0][3],&l_682[1][0][3],&l_682[1][0][3]}},{{(void*)0,&l_682[1][0][3],&l_682[1][0][3],(void*)0},{&l_682[1][5][2],(void*)0,&l_682[1][0][3],&l_682[0][0][0]},{&l_682[1][0][3],&l_682[0][4][0],&l_682[0][0][0],&l_682[0][0][3]},{&l_682[0][0][0],&l_682[0][0][3],&l_682[1][0][0],&l_682[0][0][3]},{&l_682[1][0][3],&l_682[0][4][0],&l_682[1][0][3],&l_682[0][0][0]},{(void*)0,(void*)0,&l_682[0][0][3],(void*)0},{&l_682[1][0][3],&l_682[1][0][3],&l_682[1][0][3],&l_682[1][0][3]}}};
                int i, j, k;
                for (p_79 = 0; (p_79 == 60); ++p_79)
                { /* block id: 267 */
                    float l_687[3];
                    uint64_t **l_695 = &g_310;
                    int32_t l_697 = 0x7F791A70L;
                    int32_t l_699[7][1] = {{0x0601733CL},{0x0A74EF77L},{0x0601733CL},{0x0A74EF77L},{0x0601733CL},{0x0A74EF77L},{0x0601733CL}};
                    uint8_t l_700 = 0xDAL;
                    const int32_t l_718 = 0xB462C45CL;
                    float **l_719 = (void*)0;
                    int i, j;
                    for (i = 0; i < 3; i++)
                        l_687[i] = (-0x1.5p+1);
                    for (g_434 = (-21); (g_434 <= 8); g_434 = safe_add_func_int16_t_s_s(g_434, 3))
                    { /* block id: 270 */
                        uint32_t ***l_683 = &g_248;
                        int32_t l_688[9] = {4L,0x30E2888AL,4L,0x30E2888AL,4L,0x30E2888AL,4L,0x30E2888AL,4L};
                        uint64_t ***l_693[9] = {&l_692[4][3][4],&l_692[4][3][4],&l_692[4][3][4],&l_692[4][3][4],&l_692[4][3][4],&l_692[4][3][4],&l_692[4][3][4],&l_692[4][3][4],&l_692[4][3][4]};
                        int i;
                        (*g_624) &= (0L ^ ((g_681 , (void*)0) != l_682[1][0][3]));
                        l_698 ^= (l_697 = (l_688[5] = (((*g_624) = (((((*l_683) = &g_249) == l_684) == (safe_sub_func_int16_t_s_s(l_688[8], ((l_688[8] , (safe_rshift_func_uint16_t_u_s(0xE519L, ((l_694 = (((void*)0 != l_691[1][5][0]) , l_692[4][3][4])) != l_695)))) <= p_79)))) , (*l_642))) & g_696)));
                    }
                    l_700--;
                    l_698 |= (safe_add_func_uint8_t_u_u(((*g_48) & (safe_add_func_int32_t_s_s((-1L), ((((safe_mul_func_int8_t_s_s((((*g_624) ^ p_79) == (safe_unary_minus_func_int64_t_s(((void*)0 == &g_248)))), ((g_288[4].f0 ^ (((safe_sub_func_int8_t_s_s((safe_add_func_uint8_t_u_u(p_79, ((safe_mul_func_int16_t_s_s((safe_div_func_int64_t_s_s((0xC4L && 0x93L), p_82)), (*l_642))) , p_79))), l_718)) , l_719) == (void*)0)) , 0xD2L))) < 0x2F5E2227L) | p_79) == l_720)))), l_660));
                }
                (*l_642) &= p_79;
            }
            else
            { /* block id: 283 */
                int64_t l_725 = 0x9762F8090560C70ALL;
                int64_t **l_766 = &g_619[3];
                int32_t l_819[9] = {0x9CBE1E4DL,0x9CBE1E4DL,0x9CBE1E4DL,0x9CBE1E4DL,0x9CBE1E4DL,0x9CBE1E4DL,0x9CBE1E4DL,0x9CBE1E4DL,0x9CBE1E4DL};
                int i;
                for (g_142 = 0; (g_142 <= 0); g_142 += 1)
                { /* block id: 286 */
                    float *l_730 = &g_198;
                    int32_t l_744[6];
                    float *l_745 = &g_746[3][4];
                    float *l_748 = (void*)0;
                    uint16_t *l_754 = &g_166;
                    int64_t **l_770 = (void*)0;
                    int32_t *l_771[4][2];
                    int i, j;
                    for (i = 0; i < 6; i++)
                        l_744[i] = 3L;
                    for (i = 0; i < 4; i++)
                    {
                        for (j = 0; j < 2; j++)
                            l_771[i][j] = &g_71[3][0][7];
                    }
                    (*g_749) = (((safe_mul_func_float_f_f(((safe_rshift_func_int16_t_s_s((*p_80), 5)) , l_725), (p_79 == ((*l_745) = ((safe_add_func_float_f_f(((*l_642) > (safe_add_func_float_f_f(((*l_730) = 0x1.77517Ap-30), ((l_731 , p_82) >= (safe_div_func_float_f_f((((safe_div_func_float_f_f((safe_sub_func_float_f_f((safe_sub_func_float_f_f(((safe_sub_func_float_f_f(0x3.41B62Fp+19, (safe_div_func_float_f_f(p_79, (-0x1.Fp+1))))) < 0x1.4p-1), p_82)), l_744[2])), l_731.f2)) >= p_79) >= 0xB.17EB8Ep+94), 0x0.Ap-1)))))), 0x4.38F338p-84)) == p_82))))) >= l_747[0]) <= p_82);
                    for (g_434 = 0; (g_434 <= 0); g_434 += 1)
                    { /* block id: 292 */
                        int64_t ***l_767 = &l_766;
                        int64_t ***l_769[2][3][1] = {{{&l_768[2]},{&l_768[2]},{&l_768[2]}},{{&l_768[2]},{&l_768[2]},{&l_768[2]}}};
                        int i, j, k;
                        (*l_730) = (safe_sub_func_float_f_f((!(l_754 == l_754)), (safe_add_func_float_f_f((((p_79 != (l_725 < (safe_sub_func_int16_t_s_s(((((safe_div_func_int8_t_s_s(((*l_642) ^= 0x92L), p_79)) <= (safe_mod_func_uint8_t_u_u((safe_sub_func_uint64_t_u_u(((l_744[0] = ((l_731.f0 >= (*p_80)) <= ((*g_310) || l_725))) <= 0xC7L), 0x8E23A1E4077D4CFDLL)), p_79))) | (*g_419)) > p_82), (*p_80))))) , p_79) < (-0x1.Ap+1)), 0xB.162E69p+54))));
                        (*l_745) = (-(((*l_767) = l_766) == (l_770 = l_768[0])));
                        l_771[0][0] = p_81;
                    }
                    for (p_82 = 0; (p_82 <= 1); p_82 += 1)
                    { /* block id: 303 */
                        int8_t l_786 = 0x57L;
                        int8_t *l_801 = &g_51;
                        union U1 * const l_802 = (void*)0;
                        int32_t l_803 = 0x9C3419BBL;
                        l_803 |= (((*g_58) && (safe_lshift_func_uint8_t_u_s(((safe_rshift_func_uint16_t_u_u(0x26EAL, (((safe_mod_func_int16_t_s_s((safe_add_func_int64_t_s_s((((safe_mul_func_uint16_t_u_u((safe_mul_func_int8_t_s_s((0xF6DB6C3FE8E9C235LL || ((**l_766) = ((safe_rshift_func_uint8_t_u_u(l_786, p_82)) ^ (safe_rshift_func_uint8_t_u_s((p_79 >= ((((safe_lshift_func_uint16_t_u_s((safe_div_func_int64_t_s_s((((*l_801) = (safe_mod_func_uint64_t_u_u((p_79 > (safe_div_func_int64_t_s_s(((((*g_310) >= (safe_mod_func_uint32_t_u_u(((*l_642) < g_681.f0), (*g_624)))) < l_747[0]) && l_725), 0xC8C44CF14E656605LL))), 1UL))) && 0UL), p_82)), (*g_48))) , l_802) == (void*)0) , 7L)), 5))))), p_79)), g_177[0])) > l_725) || p_79), l_725)), p_79)) , (void*)0) == (void*)0))) < p_79), 4))) < (*g_310));
                    }
                }
                l_819[6] |= (((p_79 , ((((p_79 <= (safe_mod_func_uint64_t_u_u(p_79, (((**g_258) <= ((safe_add_func_int64_t_s_s((safe_lshift_func_int8_t_s_s((((safe_div_func_uint16_t_u_u((safe_mul_func_uint16_t_u_u((p_79 == ((!(safe_sub_func_int16_t_s_s(0x0D00L, 65535UL))) >= ((*l_642) >= ((l_731.f1 <= 1UL) <= (*g_419))))), l_725)), l_731.f2)) != p_82) || g_696), 4)), (*g_310))) && p_82)) | p_82)))) , 0x34L) & (*g_58)) | p_79)) , 0xB419BB00B966F482LL) ^ l_731.f0);
            }
        }
    }
    if (((p_80 != ((*l_820) = l_636)) > (((*l_822) = (safe_unary_minus_func_uint64_t_u(p_79))) , (safe_sub_func_uint16_t_u_u(g_2[0], (((*p_80) = (safe_unary_minus_func_uint32_t_u((p_79 == ((((((safe_mul_func_uint8_t_u_u(((*p_80) , (safe_rshift_func_int8_t_s_u((((*l_836) &= (safe_lshift_func_int16_t_s_s((((*g_58) > (safe_mul_func_uint16_t_u_u(p_82, ((p_79 == 0xEFL) , l_834)))) > p_82), 4))) == 0xA4L), 6))), p_82)) , 0xCA632F04L) == p_79) > (*g_58)) ^ (*g_310)) && (*g_48)))))) , 0x4425L))))))
    { /* block id: 317 */
        if ((((((*p_80) | (safe_add_func_int32_t_s_s((g_839 , (**g_643)), ((void*)0 != &g_619[1])))) | (((((*g_310) = (2UL > (*g_48))) & (safe_mul_func_int8_t_s_s((((void*)0 == &g_50[6]) || p_79), p_82))) == 0x0A45L) >= l_842)) < 0x67L) & 0L))
        { /* block id: 319 */
            const int16_t l_844 = (-7L);
            union U1 ** const *l_847 = (void*)0;
            (*g_624) = ((p_81 == (void*)0) && (p_82 && ((~(l_844 , (safe_div_func_uint8_t_u_u(((void*)0 != l_847), 9L)))) || p_82)));
        }
        else
        { /* block id: 321 */
            (*g_850) = l_848;
        }
    }
    else
    { /* block id: 324 */
        float l_852[6][1] = {{0x6.E580B3p+90},{0x5.4p-1},{0x6.E580B3p+90},{0x5.4p-1},{0x6.E580B3p+90},{0x5.4p-1}};
        int32_t l_854 = 0x63FD8303L;
        int32_t l_855[1];
        uint16_t l_856 = 1UL;
        uint16_t l_869 = 0xDDBAL;
        int32_t l_941 = 0xE1B88652L;
        uint16_t **l_942 = &l_636;
        float l_1003 = 0x8.E8254Ap+62;
        uint16_t l_1067 = 0x34DDL;
        uint32_t *l_1082 = &g_136[2];
        int i, j;
        for (i = 0; i < 1; i++)
            l_855[i] = 0x9C9548DFL;
        l_856--;
        for (g_51 = 0; (g_51 >= 0); g_51 -= 1)
        { /* block id: 328 */
            uint8_t l_861[1][8];
            float *l_868 = &g_746[3][4];
            int32_t l_900 = 0x33298646L;
            int32_t l_902 = 0xB3ADA6ECL;
            int32_t l_903[3][9] = {{(-8L),(-1L),(-9L),(-9L),(-1L),(-8L),(-1L),(-9L),(-9L)},{0x46E94F07L,0x46E94F07L,(-8L),(-9L),(-8L),0x46E94F07L,0x46E94F07L,(-8L),(-9L)},{0xB376F710L,(-1L),0xB376F710L,(-8L),(-8L),0xB376F710L,(-1L),0xB376F710L,(-8L)}};
            int32_t l_940 = 0xB30BFDCBL;
            uint16_t ***l_999 = (void*)0;
            int32_t l_1035 = 0x5AB47765L;
            float l_1058 = 0x3.8p+1;
            int64_t **l_1072 = &g_619[1];
            int32_t **l_1078 = &g_624;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 8; j++)
                    l_861[i][j] = 0x7EL;
            }
            for (g_95 = 0; (g_95 <= 0); g_95 += 1)
            { /* block id: 331 */
                uint16_t l_859 = 65534UL;
                return l_859;
            }
            for (g_95 = 0; (g_95 <= 0); g_95 += 1)
            { /* block id: 336 */
                uint16_t l_860[8][5][6] = {{{0x95F3L,65529UL,0x7AEEL,0xD3DBL,0x1B35L,0x1B35L},{65529UL,0x0913L,0x0913L,65529UL,1UL,0x1B35L},{1UL,0x1B35L,0x7AEEL,65535UL,0xD3DBL,65535UL},{1UL,0UL,1UL,0x6480L,0xD3DBL,0x95F3L},{0x7AEEL,0x1B35L,1UL,1UL,1UL,1UL}},{{0x0913L,0x0913L,65529UL,1UL,0x1B35L,0x6480L},{0x7AEEL,65529UL,0x95F3L,0x6480L,0x95F3L,65529UL},{65535UL,0UL,1UL,65529UL,0x6480L,0x7AEEL},{1UL,65529UL,0x0913L,0x0913L,65529UL,1UL},{0x0913L,65529UL,1UL,0x1B35L,0x6480L,1UL}},{{1UL,0UL,65535UL,0UL,1UL,65529UL},{1UL,0x0913L,0UL,0x1B35L,0x95F3L,0x95F3L},{0x0913L,0x6480L,0x6480L,0x0913L,65535UL,0x95F3L},{1UL,0x95F3L,0UL,65529UL,0x1B35L,65529UL},{65535UL,0xD3DBL,65535UL,0x7AEEL,0x1B35L,1UL}},{{0UL,0x95F3L,1UL,65535UL,65535UL,1UL},{0x6480L,0x6480L,0x0913L,65535UL,0x95F3L,0x7AEEL},{0UL,0x0913L,1UL,0x7AEEL,1UL,0x0913L},{65535UL,0UL,1UL,65529UL,0x6480L,0x7AEEL},{1UL,65529UL,0x0913L,0x0913L,65529UL,1UL}},{{0x0913L,65529UL,1UL,0x1B35L,0x6480L,1UL},{1UL,0UL,65535UL,0UL,1UL,65529UL},{1UL,0x0913L,0UL,0x1B35L,0x95F3L,0x95F3L},{0x0913L,0x6480L,0x6480L,0x0913L,65535UL,0x95F3L},{1UL,0x95F3L,0UL,65529UL,0x1B35L,65529UL}},{{65535UL,0xD3DBL,65535UL,0x7AEEL,0x1B35L,1UL},{0UL,0x95F3L,1UL,65535UL,65535UL,1UL},{0x6480L,0x6480L,0x0913L,65535UL,0x95F3L,0x7AEEL},{0UL,0x0913L,1UL,0x7AEEL,1UL,0x0913L},{65535UL,0UL,1UL,65529UL,0x6480L,0x7AEEL}},{{1UL,65529UL,0x0913L,0x0913L,65529UL,1UL},{0x0913L,65529UL,1UL,0x1B35L,0x6480L,1UL},{1UL,0UL,65535UL,0UL,1UL,65529UL},{1UL,0x0913L,0UL,0x1B35L,0x95F3L,0x95F3L},{0x0913L,0x6480L,0x6480L,0x0913L,65535UL,0x95F3L}},{{1UL,0x95F3L,0UL,65529UL,0x1B35L,65529UL},{65535UL,0xD3DBL,65535UL,0x7AEEL,0x1B35L,1UL},{0UL,0x95F3L,1UL,65535UL,65535UL,1UL},{0x6480L,0x6480L,0x0913L,65535UL,1UL,0UL},{0xD3DBL,0x6480L,1UL,0UL,1UL,0x6480L}}};
                union U1 l_862[6] = {{0x25CDA2FCL},{0x25CDA2FCL},{1UL},{0x25CDA2FCL},{0x25CDA2FCL},{1UL}};
                int8_t l_895 = 0x13L;
                int32_t l_901 = 0L;
                int32_t l_909[5] = {0x762DBD05L,0x762DBD05L,0x762DBD05L,0x762DBD05L,0x762DBD05L};
                int i, j, k;
                for (g_180 = 0; (g_180 <= 0); g_180 += 1)
                { /* block id: 339 */
                    int i, j, k;
                    for (g_534 = 0; (g_534 <= 0); g_534 += 1)
                    { /* block id: 342 */
                        int i, j, k;
                        l_860[0][1][4] ^= g_71[(g_180 + 3)][g_534][g_51];
                        (*g_624) ^= (l_861[0][7] ^ p_82);
                        if ((**g_643))
                            break;
                    }
                    l_855[0] = (((l_862[5] , &g_71[g_180][g_180][g_51]) == p_81) > 0x3.A515A9p+21);
                }
                for (p_82 = 0; (p_82 <= 0); p_82 += 1)
                { /* block id: 351 */
                    union U1 l_894 = {0x4BC1EA1FL};
                    int32_t l_896 = 0x4BFB243EL;
                    int32_t l_908 = 0x3291B65DL;
                    int32_t l_911[7] = {0xC66E4A0EL,0L,0xC66E4A0EL,0xC66E4A0EL,0L,0xC66E4A0EL,0xC66E4A0EL};
                    float l_912 = 0x0.9p+1;
                    int i;
                    for (g_45 = 0; (g_45 >= 0); g_45 -= 1)
                    { /* block id: 354 */
                        float *l_864 = &l_852[4][0];
                        float *l_872 = &l_853;
                        (*l_872) = (((void*)0 != &g_49[0]) <= ((((*l_864) = p_79) < ((((*l_868) = (0xD.FCDAC3p-74 == (((((*g_48) >= (((*l_636) = (p_82 & (+((*g_310)++)))) & ((void*)0 != l_868))) == ((l_869 != 0x272FL) > l_861[0][4])) , (void*)0) != &l_648))) < l_861[0][4]) == 0x7.9F4E52p+93)) <= l_856));
                        return l_861[0][7];
                    }
                    for (g_213 = 0; (g_213 <= 0); g_213 += 1)
                    { /* block id: 364 */
                        float l_897 = 0x0.0p+1;
                        uint8_t *l_898 = &l_861[0][7];
                        int32_t l_899 = 0xD660B17CL;
                        int32_t l_905 = 0L;
                        int32_t l_906 = (-8L);
                        int32_t l_907 = 4L;
                        int32_t l_910 = 0L;
                        int32_t l_913 = 0xBF6D28E4L;
                        int32_t l_914 = (-5L);
                        l_854 &= (l_899 |= (safe_rshift_func_uint16_t_u_u((safe_div_func_int8_t_s_s((!(safe_mul_func_uint16_t_u_u((g_880 , (safe_sub_func_int32_t_s_s((-1L), ((((safe_add_func_uint16_t_u_u(((*l_636) = (((*l_898) = (safe_add_func_int16_t_s_s(0x9D5BL, (((*g_624) >= (safe_unary_minus_func_int16_t_s((((((safe_mul_func_uint16_t_u_u((((((*g_419) &= p_82) < ((((p_82 | 0x8020321DL) != ((*l_836) = (((*g_395) , (safe_sub_func_uint32_t_u_u(((l_894 , l_895) , p_82), l_896))) ^ (*g_624)))) | 0x08L) != p_79)) && p_79) ^ p_79), 0x7DA2L)) & 4294967295UL) == l_869) | l_894.f2) , 0x5B5BL)))) , 0x4345L)))) > p_79)), l_855[0])) > p_79) <= p_79) , 1UL)))), l_869))), (*g_58))), 3)));
                        ++l_915;
                    }
                }
                if ((**g_643))
                    break;
                if (p_79)
                    break;
            }
            if ((l_903[0][4] = ((*g_624) |= l_861[0][7])))
            { /* block id: 379 */
                int16_t l_939 = 0xE352L;
                int64_t l_951 = 1L;
                int32_t l_961 = 1L;
                int32_t l_962 = 0x423F4885L;
                int32_t l_963 = 0x949D3AAAL;
                int32_t l_964 = 0L;
                int32_t l_965[3][6] = {{0x8493EE97L,0x8493EE97L,1L,0x8493EE97L,0x8493EE97L,1L},{0x8493EE97L,0x8493EE97L,1L,0x8493EE97L,0x8493EE97L,1L},{0x8493EE97L,0x8493EE97L,1L,0x8493EE97L,0x8493EE97L,1L}};
                union U1 *** const *l_1012[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                uint8_t l_1019 = 248UL;
                int i, j;
                l_855[0] &= (((safe_add_func_int8_t_s_s((safe_mul_func_int16_t_s_s((*g_48), ((*l_636) = ((safe_add_func_uint8_t_u_u((*g_419), (((safe_div_func_uint8_t_u_u((((safe_mod_func_int8_t_s_s(l_928[7], (safe_div_func_uint16_t_u_u((safe_sub_func_uint64_t_u_u((*g_310), ((safe_sub_func_int64_t_s_s((((safe_div_func_uint64_t_u_u(2UL, (safe_lshift_func_uint8_t_u_u(255UL, 6)))) < ((((l_939 | (((0xF1DD27BAL <= (-2L)) , 0UL) < (*g_48))) ^ 0xE9L) | 0UL) && l_940)) ^ l_854), l_940)) || (-7L)))), 4UL)))) && l_941) >= p_82), 8L)) | (*g_624)) , p_82))) || l_939)))), l_939)) , (void*)0) == (void*)0);
                for (l_941 = 0; (l_941 >= 0); l_941 -= 1)
                { /* block id: 384 */
                    uint16_t l_959[7] = {3UL,3UL,5UL,3UL,3UL,5UL,3UL};
                    int32_t l_960[2][4][6] = {{{(-3L),(-1L),0xA07AF196L,0x1D23220BL,0xA07AF196L,(-1L)},{1L,(-1L),(-9L),0x1D23220BL,(-9L),(-1L)},{(-3L),(-1L),0xA07AF196L,0x1D23220BL,0xA07AF196L,(-1L)},{1L,(-1L),(-9L),0x1D23220BL,(-9L),(-1L)}},{{(-3L),(-1L),0xA07AF196L,0x1D23220BL,0xA07AF196L,(-1L)},{1L,(-1L),(-9L),0x1D23220BL,(-9L),(-1L)},{(-3L),(-1L),0xA07AF196L,0x1D23220BL,0xA07AF196L,(-1L)},{1L,(-1L),(-9L),0x1D23220BL,(-9L),(-1L)}}};
                    int64_t l_1004[5] = {0x531C741DAB63A38BLL,0x531C741DAB63A38BLL,0x531C741DAB63A38BLL,0x531C741DAB63A38BLL,0x531C741DAB63A38BLL};
                    int i, j, k;
                    for (g_201 = 0; (g_201 <= 5); g_201 += 1)
                    { /* block id: 387 */
                        uint16_t ***l_943[2];
                        uint32_t l_958 = 0x1A400874L;
                        int i, j, k;
                        for (i = 0; i < 2; i++)
                            l_943[i] = &l_820;
                        g_944 = l_942;
                        (*g_643) = &g_71[(l_941 + 4)][g_51][(l_941 + 4)];
                        if (g_160[(l_941 + 2)])
                            continue;
                        l_960[0][0][4] = ((((safe_lshift_func_uint8_t_u_u(0x4FL, 4)) ^ (*g_310)) || (g_948 , ((**g_394) , (((((*g_48) ^= (safe_rshift_func_uint16_t_u_u(((**l_942) = l_951), (((safe_lshift_func_int8_t_s_u((p_82 != (safe_div_func_uint32_t_u_u((p_82 != ((safe_rshift_func_uint16_t_u_u(8UL, 6)) <= (l_958 = (g_71[(l_941 + 4)][g_51][(l_941 + 4)] &= l_856)))), 4294967295UL))), (*g_419))) || p_79) == p_82)))) <= p_82) < l_959[5]) <= (*g_310))))) , 0x21AC306AL);
                    }
                    ++g_966;
                    for (l_869 = 0; (l_869 <= 0); l_869 += 1)
                    { /* block id: 400 */
                        int32_t *l_969 = &g_71[(g_51 + 4)][g_51][(l_869 + 1)];
                        int64_t * const l_984 = &g_985;
                        int64_t * const *l_983[7][6] = {{&l_984,&l_984,&l_984,&l_984,&l_984,&l_984},{&l_984,&l_984,&l_984,&l_984,&l_984,&l_984},{&l_984,&l_984,&l_984,&l_984,&l_984,&l_984},{&l_984,&l_984,&l_984,&l_984,&l_984,&l_984},{&l_984,&l_984,&l_984,&l_984,&l_984,&l_984},{&l_984,&l_984,&l_984,&l_984,&l_984,&l_984},{&l_984,&l_984,&l_984,&l_984,&l_984,&l_984}};
                        int64_t * const **l_982 = &l_983[1][4];
                        int64_t * const ***l_981 = &l_982;
                        uint16_t ****l_1000[3];
                        int i, j, k;
                        for (i = 0; i < 3; i++)
                            l_1000[i] = &l_999;
                        l_969 = &g_71[(g_51 + 4)][g_51][(l_869 + 1)];
                        if ((**g_643))
                            break;
                        l_900 |= (((((*g_310) = (1L && (safe_unary_minus_func_int8_t_s(((((*g_419) = (safe_mul_func_uint16_t_u_u(((l_965[2][2] , (((l_1004[4] |= (((*g_624) = (*g_624)) > (l_960[0][0][4] = (safe_mul_func_int16_t_s_s((safe_mod_func_uint8_t_u_u((safe_mod_func_uint64_t_u_u((0L <= ((p_79 <= (safe_rshift_func_uint16_t_u_s((((*l_981) = (void*)0) == &g_618), 2))) >= ((safe_rshift_func_uint16_t_u_u((((~(safe_rshift_func_int8_t_s_s((safe_add_func_int32_t_s_s((safe_mod_func_int32_t_s_s((safe_lshift_func_uint16_t_u_s(((p_82 ^ (((l_1001 = ((((safe_rshift_func_int8_t_s_s(l_940, p_82)) < (-10L)) , (*g_945)) , l_999)) == &g_944) & p_82)) , 65528UL), 1)), 4294967295UL)), p_82)), p_82))) && g_1002) ^ 2UL), 5)) && p_82))), p_82)), (*g_58))), p_82))))) < 0L) & p_82)) | l_903[1][5]), 1L))) <= l_855[0]) > 1L))))) , 0x7C93D3C0101AFB99LL) > p_82) & l_854);
                    }
                }
                l_965[2][2] = (safe_div_func_float_f_f((((*l_868) = (g_1007[4][3][2] == l_1012[3])) <= (p_82 , p_82)), (safe_add_func_float_f_f((safe_mul_func_float_f_f(((safe_mul_func_float_f_f(l_1019, (safe_div_func_float_f_f((-(safe_sub_func_float_f_f(p_79, ((((*g_624) = l_903[1][7]) >= ((safe_add_func_int8_t_s_s(((safe_sub_func_uint64_t_u_u((((safe_sub_func_int16_t_s_s(((safe_add_func_uint16_t_u_u((((safe_add_func_uint64_t_u_u((l_861[0][7] | ((((*l_836) = (l_869 , 0xF1L)) , (*g_310)) | p_82)), l_939)) , (*g_419)) == l_856), (**g_944))) <= l_861[0][7]), (*p_80))) || l_903[1][2]) , (*g_310)), l_961)) == l_1035), 0x21L)) , l_1036)) , p_82)))), 0x1.9p-1)))) < l_856), p_79)), p_82))));
            }
            else
            { /* block id: 417 */
                uint32_t l_1063 = 18446744073709551615UL;
                uint16_t *l_1064 = (void*)0;
                uint16_t *l_1065 = &g_880.f2;
                uint16_t *l_1066 = &l_869;
                uint16_t *** const *l_1075 = &l_999;
                (*g_624) = (l_854 ^= (safe_add_func_uint16_t_u_u(((safe_add_func_int64_t_s_s(((((**l_820) = ((*l_1066) ^= ((l_861[0][7] < ((246UL && (((!(safe_sub_func_float_f_f((safe_sub_func_float_f_f((p_82 , (safe_mul_func_float_f_f(((safe_add_func_int8_t_s_s(((safe_sub_func_uint64_t_u_u(((safe_rshift_func_int16_t_s_u((safe_rshift_func_uint16_t_u_u(p_82, (safe_lshift_func_int8_t_s_u((l_861[0][7] >= (safe_lshift_func_int16_t_s_s((safe_rshift_func_int16_t_s_u((*p_80), 6)), (*g_48)))), 5)))), (p_79 || (*g_310)))) <= (*g_945)), p_82)) && l_1063), l_1063)) , l_1063), l_900))), l_855[0])), l_855[0]))) , (*g_48)) == l_1063)) , l_855[0])) != l_941))) && 2UL) || 0x08L), 0UL)) != l_856), p_82)));
                l_1067--;
                (*l_868) = ((safe_rshift_func_uint16_t_u_s(((&g_619[0] == l_1072) <= (safe_sub_func_uint16_t_u_u(((*g_945) = 0xD12BL), ((3UL <= (l_1075 == &l_1001)) , (safe_div_func_uint8_t_u_u((0xB3EC56F71F6F3D99LL ^ (((l_1078 == l_682[0][1][0]) == 0x24L) ^ (*g_310))), p_79)))))), (*p_80))) , (*g_749));
            }
            (*l_1078) = (*l_1078);
            for (l_648 = 0; (l_648 >= 0); l_648 -= 1)
            { /* block id: 429 */
                float *l_1079 = (void*)0;
                float *l_1080 = &l_1003;
                float *l_1081 = &g_750;
                uint32_t **l_1083 = &l_822;
                l_855[0] |= (**g_643);
                (**l_1078) = ((((*l_1081) = ((*l_1080) = ((*l_868) = (-0x1.Dp-1)))) , l_1080) != ((*l_1083) = l_1082));
            }
        }
        return g_1084;
    }
    if ((((*g_419) = 1UL) , (safe_sub_func_int64_t_s_s(((safe_unary_minus_func_int8_t_s(((((((safe_mul_func_int8_t_s_s(((**g_643) , 0x03L), (((safe_sub_func_uint16_t_u_u((0xD5C2E4ACL == ((*l_822) = (0x1B3AL <= (safe_sub_func_int32_t_s_s((*g_624), 0xA077C177L))))), ((safe_mod_func_uint32_t_u_u(((*g_624) | (((0x4AL < 1UL) , p_82) ^ (-3L))), p_82)) || 0x74E27DE0B5F09B5FLL))) != 4294967287UL) < 0x03C85A14DC8768EALL))) , 6L) ^ g_219) > (*g_310)) < 0L) > p_82))) , p_82), (*g_310)))))
    { /* block id: 442 */
        uint16_t l_1120[7] = {0x9579L,0x9579L,0x9579L,0x9579L,0x9579L,0x9579L,0x9579L};
        int32_t *l_1131 = &g_880.f1;
        int32_t l_1144 = (-8L);
        int32_t l_1145 = 0x440BA57FL;
        int32_t l_1152 = (-6L);
        int32_t l_1155 = 0x9E5FF2C0L;
        int32_t l_1156 = (-1L);
        int32_t l_1285 = 0x1F094C5EL;
        int32_t l_1286 = 0L;
        int32_t l_1287 = 0x9E74F3BDL;
        int32_t l_1289 = 0xE6984F60L;
        float l_1291 = 0x2.Fp+1;
        int32_t l_1292 = 0xE3A1CAABL;
        union U0 *l_1310[7][8][4] = {{{&g_849[1],(void*)0,&g_849[3],&g_849[3]},{&g_849[3],&g_849[3],&g_849[3],(void*)0},{&g_849[1],&g_849[0],&g_849[3],&g_849[3]},{&g_849[3],&g_849[2],&g_849[3],&g_849[0]},{&g_849[0],&g_849[3],&g_849[3],(void*)0},{&g_849[3],&g_849[3],&g_849[3],&g_849[3]},{&g_849[1],&g_849[0],&g_849[3],&g_849[3]},{&g_849[3],&g_849[2],&g_849[3],&g_849[2]}},{{&g_849[0],(void*)0,&g_849[3],(void*)0},{&g_849[3],&g_849[0],&g_849[3],(void*)0},{&g_849[3],&g_849[0],&g_849[3],&g_849[3]},{&g_849[3],&g_849[2],&g_849[3],&g_849[0]},{&g_849[0],&g_849[3],&g_849[3],(void*)0},{&g_849[3],(void*)0,&g_849[3],&g_849[3]},{&g_849[0],&g_849[0],&g_849[3],&g_849[2]},{&g_849[3],&g_849[3],&g_849[3],&g_849[0]}},{{&g_849[3],(void*)0,&g_849[3],&g_849[0]},{&g_849[3],(void*)0,&g_849[3],(void*)0},{&g_849[0],&g_849[2],&g_849[3],&g_849[2]},{&g_849[3],&g_849[2],&g_849[3],&g_849[2]},{&g_849[0],(void*)0,&g_849[3],(void*)0},{&g_849[3],&g_849[0],&g_849[3],(void*)0},{&g_849[3],&g_849[0],&g_849[3],&g_849[3]},{&g_849[3],&g_849[2],&g_849[3],&g_849[0]}},{{&g_849[0],&g_849[3],&g_849[3],(void*)0},{&g_849[3],(void*)0,&g_849[3],&g_849[3]},{&g_849[0],&g_849[0],&g_849[3],&g_849[2]},{&g_849[3],&g_849[3],&g_849[3],&g_849[0]},{&g_849[3],(void*)0,&g_849[3],&g_849[0]},{&g_849[3],(void*)0,&g_849[3],(void*)0},{&g_849[0],&g_849[2],&g_849[3],&g_849[2]},{&g_849[3],&g_849[2],&g_849[3],&g_849[2]}},{{&g_849[0],(void*)0,&g_849[3],(void*)0},{&g_849[3],&g_849[0],&g_849[3],(void*)0},{&g_849[3],&g_849[0],&g_849[3],&g_849[3]},{&g_849[3],&g_849[2],&g_849[3],&g_849[0]},{&g_849[0],&g_849[3],&g_849[3],(void*)0},{&g_849[3],(void*)0,&g_849[3],&g_849[3]},{&g_849[0],&g_849[0],&g_849[3],&g_849[2]},{&g_849[3],&g_849[3],&g_849[3],&g_849[0]}},{{&g_849[3],(void*)0,&g_849[3],&g_849[0]},{&g_849[3],(void*)0,&g_849[3],(void*)0},{&g_849[0],&g_849[2],&g_849[3],&g_849[2]},{&g_849[3],&g_849[2],&g_849[3],&g_849[2]},{&g_849[0],(void*)0,&g_849[3],(void*)0},{&g_849[3],&g_849[0],&g_849[3],(void*)0},{&g_849[3],&g_849[0],&g_849[3],&g_849[3]},{&g_849[3],&g_849[2],&g_849[3],&g_849[0]}},{{&g_849[0],&g_849[3],&g_849[3],(void*)0},{&g_849[3],(void*)0,&g_849[3],&g_849[3]},{&g_849[0],&g_849[0],&g_849[3],&g_849[2]},{&g_849[3],&g_849[3],&g_849[3],&g_849[0]},{&g_849[3],(void*)0,&g_849[3],&g_849[0]},{&g_849[3],(void*)0,&g_849[3],(void*)0},{&g_849[0],&g_849[2],&g_849[3],&g_849[2]},{&g_849[3],&g_849[3],&g_849[3],&g_849[0]}}};
        uint8_t l_1323 = 5UL;
        int64_t *l_1326 = &g_985;
        const float *l_1329 = &l_1316[2][1];
        uint64_t *l_1338 = &g_434;
        int16_t * const l_1349 = &l_627[3];
        uint64_t l_1351 = 8UL;
        int8_t **l_1365[4][10] = {{&l_835,(void*)0,&l_835,(void*)0,&l_835,(void*)0,&l_835,(void*)0,&l_835,(void*)0},{&l_835,(void*)0,&l_835,(void*)0,&l_835,(void*)0,&l_835,(void*)0,&l_835,(void*)0},{&l_835,(void*)0,&l_835,(void*)0,&l_835,(void*)0,&l_835,(void*)0,&l_835,(void*)0},{&l_835,(void*)0,&l_835,(void*)0,&l_835,(void*)0,&l_835,(void*)0,&l_835,(void*)0}};
        uint16_t ****l_1366 = &l_1001;
        union U1 *l_1416 = &g_288[1];
        uint64_t l_1425 = 0x0B17EA0388008F89LL;
        int i, j, k;
        for (l_842 = 10; (l_842 < (-12)); --l_842)
        { /* block id: 445 */
            float l_1113 = 0x9.9D70C8p+73;
            int32_t l_1117 = 0x792BC30DL;
            int32_t l_1121 = 0x5AED540CL;
            int32_t l_1122 = 0x66E144CCL;
            uint64_t *l_1123 = (void*)0;
            uint64_t *l_1124 = (void*)0;
            uint64_t *l_1125 = (void*)0;
            uint64_t *l_1126 = (void*)0;
            uint64_t *l_1127 = &g_434;
            int64_t *l_1128 = (void*)0;
            int64_t *l_1129[8][7] = {{&g_985,&l_648,(void*)0,&g_2[1],&l_648,&g_201,(void*)0},{&g_201,&g_2[1],(void*)0,(void*)0,&g_2[1],&g_201,&g_2[1]},{&g_985,&g_2[1],&g_201,&g_2[1],&g_2[1],&g_201,(void*)0},{&g_985,&l_648,(void*)0,&g_2[1],&l_648,&g_201,(void*)0},{&g_201,&g_2[1],(void*)0,(void*)0,&g_2[1],&g_201,&g_2[1]},{&g_985,&g_2[1],&g_201,&g_2[1],&g_2[1],&g_201,(void*)0},{&g_985,&l_648,(void*)0,&g_2[1],&l_648,&g_201,(void*)0},{&g_201,&g_2[1],(void*)0,(void*)0,&g_2[1],&g_201,&g_2[1]}};
            union U1 *l_1142 = &g_288[4];
            int32_t l_1154 = (-7L);
            union U1 l_1236 = {0x94760E51L};
            uint64_t **l_1263 = &l_1125;
            uint64_t ***l_1262 = &l_1263;
            int8_t l_1267 = 6L;
            int32_t l_1284 = 0L;
            int32_t l_1290[2];
            int32_t l_1318[10][6] = {{0x0D9DBB69L,0x0D9DBB69L,0x32790828L,0x0D9DBB69L,0x0D9DBB69L,0x32790828L},{0x0D9DBB69L,0x0D9DBB69L,0x32790828L,0x0D9DBB69L,0x0D9DBB69L,0x32790828L},{0x0D9DBB69L,0x0D9DBB69L,0x32790828L,0x0D9DBB69L,0x0D9DBB69L,0x32790828L},{0x0D9DBB69L,0x0D9DBB69L,0x32790828L,0x0D9DBB69L,0x0D9DBB69L,0x32790828L},{0x0D9DBB69L,0x0D9DBB69L,0x32790828L,0x0D9DBB69L,0x0D9DBB69L,0x32790828L},{0x0D9DBB69L,0x0D9DBB69L,0x32790828L,0x0D9DBB69L,0x0D9DBB69L,0x32790828L},{0x0D9DBB69L,0x0D9DBB69L,0x32790828L,0x0D9DBB69L,0x0D9DBB69L,0x32790828L},{0x0D9DBB69L,0x0D9DBB69L,0x32790828L,0x0D9DBB69L,0x0D9DBB69L,0x32790828L},{0x0D9DBB69L,0x0D9DBB69L,0x32790828L,0x0D9DBB69L,0x0D9DBB69L,0x32790828L},{0x0D9DBB69L,0x0D9DBB69L,0x32790828L,0x0D9DBB69L,0x0D9DBB69L,0x32790828L}};
            int i, j;
            for (i = 0; i < 2; i++)
                l_1290[i] = 0x2906D63BL;
            (**l_639) = (**l_639);
        }
        (*l_1131) = ((safe_rshift_func_uint16_t_u_u((0x962659EB3118C159LL == ((*l_1326) |= (((*g_419) = p_82) <= (((*g_624) || ((**g_1184) = 0xD6BAA2F4L)) >= p_79)))), (0x0130AF5B3168A42FLL ^ ((safe_mod_func_uint64_t_u_u((*g_310), (((l_1329 == (((*l_1338) = ((safe_lshift_func_uint16_t_u_u((((((safe_sub_func_float_f_f((safe_add_func_float_f_f(((-0x1.Fp-1) >= p_79), p_79)), l_1336)) <= l_1286) , l_1337) | (*g_310)) & l_1292), 11)) || l_1292)) , (void*)0)) ^ p_82) & 0x48L))) , p_82)))) < 0x77L);
        if ((g_155[1][0].f0 , (((safe_mul_func_uint8_t_u_u((((**g_850) , ((safe_mod_func_uint8_t_u_u((((safe_rshift_func_int8_t_s_s((safe_mod_func_int8_t_s_s(((safe_div_func_uint8_t_u_u(((*g_419) = ((*l_1131) <= (((((&l_627[0] == l_1349) , ((p_82 == (l_1351 = (g_1350 , 0xF9L))) <= (((safe_div_func_int64_t_s_s((safe_rshift_func_uint8_t_u_s((safe_lshift_func_uint8_t_u_u(p_82, p_82)), p_82)), p_82)) & (-1L)) & (*l_1131)))) , (**g_618)) <= p_79) <= p_79))), 0x71L)) & (*g_310)), 0x21L)), 6)) == (*g_624)) < (*l_1131)), 0x15L)) > 0UL)) || (*l_1131)), 0x55L)) | (*l_1131)) < (*g_624))))
        { /* block id: 542 */
            uint16_t *****l_1364 = &g_1362;
            float **l_1368 = &g_328[0][2];
            float ***l_1369 = &l_1368;
            const uint64_t *l_1372 = &g_434;
            const uint64_t **l_1371[7][10] = {{(void*)0,&l_1372,(void*)0,&l_1372,&l_1372,&l_1372,&l_1372,&l_1372,&l_1372,&l_1372},{&l_1372,&l_1372,&l_1372,&l_1372,&l_1372,&l_1372,&l_1372,&l_1372,&l_1372,&l_1372},{&l_1372,&l_1372,(void*)0,&l_1372,&l_1372,&l_1372,&l_1372,&l_1372,&l_1372,&l_1372},{&l_1372,&l_1372,&l_1372,&l_1372,&l_1372,&l_1372,&l_1372,&l_1372,&l_1372,&l_1372},{&l_1372,&l_1372,(void*)0,&l_1372,&l_1372,&l_1372,&l_1372,&l_1372,&l_1372,&l_1372},{&l_1372,&l_1372,&l_1372,&l_1372,&l_1372,&l_1372,&l_1372,&l_1372,&l_1372,&l_1372},{(void*)0,&l_1372,&l_1372,&l_1372,&l_1372,&l_1372,&l_1372,&l_1372,&l_1372,&l_1372}};
            int32_t l_1395 = 0xA3FD94E6L;
            int32_t l_1427 = 7L;
            int i, j;
            if (((**g_643) = (safe_mod_func_int32_t_s_s((safe_lshift_func_int16_t_s_s((p_79 || (((*l_1364) = g_1362) == (((void*)0 != l_1365[0][9]) , (l_1367 = l_1366)))), ((((((*l_1369) = l_1368) == &g_870[3][6][0]) >= (~((*g_310) , p_82))) , &l_1338) == l_1371[1][9]))), (**g_1184)))))
            { /* block id: 547 */
                uint64_t l_1373 = 0x649BFD778019DBC5LL;
                return l_1373;
            }
            else
            { /* block id: 549 */
                uint8_t l_1374 = 255UL;
                const union U1 l_1390[1][10] = {{{18446744073709551614UL},{18446744073709551614UL},{18446744073709551614UL},{18446744073709551614UL},{18446744073709551614UL},{18446744073709551614UL},{18446744073709551614UL},{18446744073709551614UL},{18446744073709551614UL},{18446744073709551614UL}}};
                int32_t l_1396 = 0x5B8D185CL;
                union U0 l_1401[10] = {{18446744073709551613UL},{18446744073709551613UL},{18446744073709551613UL},{18446744073709551613UL},{18446744073709551613UL},{18446744073709551613UL},{18446744073709551613UL},{18446744073709551613UL},{18446744073709551613UL},{18446744073709551613UL}};
                int i, j;
                for (l_915 = 0; (l_915 <= 6); l_915 += 1)
                { /* block id: 552 */
                    int16_t l_1391 = 0x940FL;
                    union U1 **l_1415 = &g_395;
                    int8_t l_1426 = 1L;
                    int32_t l_1430 = (-1L);
                    int32_t l_1431[4][4][6] = {{{0x6F115CC0L,2L,(-5L),0xF418FDCBL,1L,(-1L)},{(-5L),0x09CFFF9AL,0xCE568818L,2L,0x4B3A9575L,(-1L)},{0x7278B0F8L,0x76E81D61L,(-5L),(-5L),0x76E81D61L,0x7278B0F8L},{0x4B3A9575L,0L,1L,(-1L),0x6F115CC0L,0x76E81D61L}},{{0L,0xCE568818L,0x6F115CC0L,8L,0xA50A2C81L,0x6C4D6B7BL},{0L,0xF418FDCBL,8L,(-1L),8L,0xF418FDCBL},{0x4B3A9575L,0x6F115CC0L,2L,(-5L),0xF418FDCBL,1L},{0x7278B0F8L,0x3E96CEBDL,(-1L),2L,(-1L),8L}},{{(-5L),0x3E96CEBDL,0x09CFFF9AL,0xF418FDCBL,0xF418FDCBL,0x09CFFF9AL},{0x6F115CC0L,0x6F115CC0L,0x3E96CEBDL,0L,8L,0L},{0xCE568818L,0xF418FDCBL,0x6C4D6B7BL,0x7278B0F8L,0xA50A2C81L,0x3E96CEBDL},{(-1L),0xCE568818L,0x6C4D6B7BL,0L,0x6F115CC0L,0L}},{{0x3E96CEBDL,0L,0x3E96CEBDL,1L,0x76E81D61L,0x09CFFF9AL},{1L,0x76E81D61L,0x09CFFF9AL,0xA50A2C81L,0x4B3A9575L,8L},{0L,0x09CFFF9AL,(-1L),0xA50A2C81L,1L,1L},{1L,2L,2L,1L,0xCE568818L,0xF418FDCBL}}};
                    int i, j, k;
                    --l_1374;
                    for (l_1235 = 0; (l_1235 <= 3); l_1235 += 1)
                    { /* block id: 556 */
                        int32_t l_1404[9];
                        int32_t * const l_1428[3] = {&g_1207.f3,&g_1207.f3,&g_1207.f3};
                        float l_1433 = 0x2.2C5006p-38;
                        uint32_t l_1434[4][2][2] = {{{0xE8A8DD19L,0xE8A8DD19L},{0xE8A8DD19L,0xE8A8DD19L}},{{0xE8A8DD19L,0xE8A8DD19L},{0xE8A8DD19L,0xE8A8DD19L}},{{0xE8A8DD19L,0xE8A8DD19L},{0xE8A8DD19L,0xE8A8DD19L}},{{0xE8A8DD19L,0xE8A8DD19L},{0xE8A8DD19L,0xE8A8DD19L}}};
                        int i, j, k;
                        for (i = 0; i < 9; i++)
                            l_1404[i] = (-1L);
                        (***g_1183) &= (safe_sub_func_uint64_t_u_u((l_1120[l_915] > (safe_rshift_func_int8_t_s_u(0xDCL, 1))), (l_1120[(l_1235 + 1)] > (safe_div_func_uint32_t_u_u(((*l_822) = (l_1120[(l_1235 + 1)] < (65535UL && (safe_mod_func_int32_t_s_s(0x5715DF9DL, ((safe_div_func_uint16_t_u_u(((safe_rshift_func_uint16_t_u_u((g_160[l_1235] ^= (safe_unary_minus_func_uint32_t_u(((l_1390[0][5] , (255UL | 255UL)) && l_1391)))), p_79)) , 65535UL), 4L)) && (*g_945))))))), (*l_1131))))));
                        (***g_1183) ^= ((l_1396 = (safe_sub_func_uint8_t_u_u((0x43AF451AL >= (0L <= (0xB26674E9L != ((*l_1131) = 7UL)))), ((((****g_1362) = (!((*g_419) == l_1395))) == ((*g_48) = 1L)) <= (0xCFF5L || (0x03DF4AADFE25C285LL & 0xA571AC2AA20252FELL)))))) <= l_1395);
                        g_1280[0][4] |= ((safe_mul_func_int8_t_s_s((safe_mul_func_uint16_t_u_u(((((l_1401[9] , ((safe_rshift_func_uint16_t_u_u((((--(***l_1001)) >= ((safe_lshift_func_int16_t_s_s((safe_div_func_uint16_t_u_u((((safe_rshift_func_uint16_t_u_s((l_1395 ^ ((**g_1184) , (safe_lshift_func_uint8_t_u_u(((*g_419) = ((l_1427 = ((l_1415 == (void*)0) <= ((((void*)0 == l_1416) <= (safe_add_func_int8_t_s_s((l_1404[0] = ((*l_836) = p_82)), (safe_sub_func_int8_t_s_s((+((safe_mul_func_uint8_t_u_u((safe_unary_minus_func_int8_t_s((((l_1425 , l_1391) , (*p_80)) < l_1426))), (*l_1131))) != 1UL)), 254UL))))) < p_79))) == 1L)), 5)))), (*p_80))) , l_1428[2]) == (void*)0), p_82)), 6)) && (*l_1131))) == l_1120[(l_1235 + 1)]), p_79)) , g_1350)) , l_1395) ^ l_1120[l_915]) != (*g_624)), g_1429)), l_1395)) , (**g_1184));
                        l_1434[2][0][1]--;
                    }
                }
                l_1396 = p_79;
                l_1427 |= (!l_1395);
            }
        }
        else
        { /* block id: 577 */
            int8_t l_1440[6][8][5] = {{{0x6CL,3L,8L,3L,0x6CL},{0x11L,0x4EL,0x9FL,0x4EL,0x11L},{0x6CL,3L,8L,3L,0x6CL},{0x11L,0x58L,4L,0x58L,0x4EL},{3L,0xBCL,1L,0xBCL,3L},{0x4EL,0x58L,4L,0x58L,0x4EL},{3L,0xBCL,1L,0xBCL,3L},{0x4EL,0x58L,4L,0x58L,0x4EL}},{{3L,0xBCL,1L,0xBCL,3L},{0x4EL,0x58L,4L,0x58L,0x4EL},{3L,0xBCL,1L,0xBCL,3L},{0x4EL,0x58L,4L,0x58L,0x4EL},{3L,0xBCL,1L,0xBCL,3L},{0x4EL,0x58L,4L,0x58L,0x4EL},{3L,0xBCL,1L,0xBCL,3L},{0x4EL,0x58L,4L,0x58L,0x4EL}},{{3L,0xBCL,1L,0xBCL,3L},{0x4EL,0x58L,4L,0x58L,0x4EL},{3L,0xBCL,1L,0xBCL,3L},{0x4EL,0x58L,4L,0x58L,0x4EL},{3L,0xBCL,1L,0xBCL,3L},{0x4EL,0x58L,4L,0x58L,0x4EL},{3L,0xBCL,1L,0xBCL,3L},{0x4EL,0x58L,4L,0x58L,0x4EL}},{{3L,0xBCL,1L,0xBCL,3L},{0x4EL,0x58L,4L,0x58L,0x4EL},{3L,0xBCL,1L,0xBCL,3L},{0x4EL,0x58L,4L,0x58L,0x4EL},{3L,0xBCL,1L,0xBCL,3L},{0x4EL,0x58L,4L,0x58L,0x4EL},{3L,0xBCL,1L,0xBCL,3L},{0x4EL,0x58L,4L,0x58L,0x4EL}},{{3L,0xBCL,1L,0xBCL,3L},{0x4EL,0x58L,4L,0x58L,0x4EL},{3L,0xBCL,1L,0xBCL,3L},{0x4EL,0x58L,4L,0x58L,0x4EL},{3L,0xBCL,1L,0xBCL,3L},{0x4EL,0x58L,4L,0x58L,0x4EL},{3L,0xBCL,1L,0xBCL,3L},{0x4EL,0x58L,4L,0x58L,0x4EL}},{{3L,0xBCL,1L,0xBCL,3L},{0x4EL,0x58L,0x11L,0x9FL,0x58L},{0xBCL,8L,0x6CL,8L,0xBCL},{0x58L,0x9FL,0x11L,0x9FL,0x58L},{0xBCL,8L,0x6CL,8L,0xBCL},{0x58L,0x9FL,0x11L,0x9FL,0x58L},{0xBCL,8L,0x6CL,8L,0xBCL},{0x58L,0x9FL,0x11L,0x9FL,0x58L}}};
            int64_t ** const l_1447 = &l_1326;
            float *l_1450[4][10] = {{&g_746[3][4],&l_853,&l_853,&g_746[3][4],&l_853,&l_853,&g_746[3][4],&l_853,&l_853,&g_746[3][4]},{&l_853,&g_746[3][4],&l_853,&l_853,&g_746[3][4],&l_853,&l_853,&g_746[3][4],&l_853,&l_853},{&g_746[3][4],&g_746[3][4],(void*)0,&g_746[3][4],&g_746[3][4],(void*)0,&g_746[3][4],&g_746[3][4],(void*)0,&g_746[3][4]},{&g_746[3][4],&l_853,&l_853,&g_746[3][4],&l_853,&l_853,&g_746[3][4],&l_853,&l_853,&g_746[3][4]}};
            int i, j, k;
            for (l_834 = 0; (l_834 > 6); ++l_834)
            { /* block id: 580 */
                int32_t l_1470 = 0x68F05058L;
                int32_t *l_1471 = &l_1156;
                (***g_1183) = l_1440[4][1][0];
            }
            return (*l_1131);
        }
        l_1287 &= ((**g_1184) = ((safe_mul_func_uint8_t_u_u((((((*l_1326) &= (safe_lshift_func_uint8_t_u_s((*g_419), 6))) <= ((*l_1416) , (*g_310))) ^ (0x20L != (safe_div_func_uint8_t_u_u((*g_419), p_82)))) > ((void*)0 != &l_1001)), (safe_mul_func_int8_t_s_s(((((safe_unary_minus_func_uint16_t_u(((safe_sub_func_int16_t_s_s((safe_sub_func_uint8_t_u_u(((safe_sub_func_int32_t_s_s(((--(*l_1338)) != (*l_1131)), l_1489)) < (*l_1131)), (*l_1131))), (**g_944))) & 0x0A58L))) && 0x44L) > (**g_944)) & 9UL), (*l_1131))))) && (****g_1362)));
    }
    else
    { /* block id: 599 */
        int64_t l_1490 = 0xD7C98413D3547B87LL;
        int32_t l_1491[6][7] = {{(-9L),0L,0L,0L,(-9L),(-9L),0L},{0x22173642L,0x7FB74692L,0x22173642L,9L,1L,0xAB007A46L,1L},{0L,0x220EF664L,0L,0L,0x220EF664L,0L,0x220EF664L},{0x22173642L,9L,1L,0xAB007A46L,1L,0xAB007A46L,1L},{(-9L),(-9L),0L,0L,0L,(-9L),(-9L)},{0xCAC5DA91L,9L,(-1L),9L,0xCAC5DA91L,(-1L),1L}};
        union U0 *l_1503 = &g_849[3];
        uint32_t l_1508[9] = {0xEF5215A7L,0xEF5215A7L,0xEF5215A7L,0xEF5215A7L,0xEF5215A7L,0xEF5215A7L,0xEF5215A7L,0xEF5215A7L,0xEF5215A7L};
        int i, j;
        l_1492++;
        --g_1496;
    }
    for (g_140 = 0; (g_140 <= 21); ++g_140)
    { /* block id: 656 */
        int8_t l_1554 = (-6L);
        float * const *l_1562 = &g_328[0][2];
        float * const **l_1561 = &l_1562;
        int32_t *l_1573 = (void*)0;
        int32_t l_1575[10][1][9] = {{{3L,1L,0x05433F61L,0x1F18D918L,4L,1L,0x686C65CAL,0x1AD71F02L,0xC7921092L}},{{5L,0x686C65CAL,0xC7921092L,0xDDF6835AL,0xDDF6835AL,0xC7921092L,0x686C65CAL,5L,1L}},{{3L,1L,(-2L),(-1L),(-5L),5L,0x5F609458L,(-1L),0x79515FAAL}},{{(-1L),3L,4L,0x1AD71F02L,0x15274920L,0L,(-5L),0x5F609458L,1L}},{{0x79515FAAL,(-2L),3L,0xC7921092L,(-1L),0x1F18D918L,0x1F18D918L,(-1L),0xC7921092L}},{{(-1L),(-2L),(-1L),1L,0x5F609458L,(-5L),0L,0x15274920L,0x1AD71F02L}},{{0x1F18D918L,3L,0xCEDFC85BL,0x79515FAAL,(-1L),0x5F609458L,5L,(-5L),(-1L)}},{{0x5F609458L,1L,1L,4L,0L,3L,0xDDF6835AL,(-1L),(-1L)}},{{(-1L),3L,(-5L),0xDDF6835AL,(-5L),3L,(-1L),(-2L),0x5F609458L}},{{0xCEDFC85BL,4L,0x2227EB5EL,(-5L),1L,(-1L),0x686C65CAL,0x26603900L,(-1L)}}};
        int32_t l_1576 = (-1L);
        int16_t l_1577 = 6L;
        int i, j, k;
        l_1575[3][0][5] = (safe_sub_func_uint8_t_u_u(((safe_add_func_int64_t_s_s((**g_618), ((safe_sub_func_int16_t_s_s((safe_lshift_func_uint8_t_u_u(((safe_add_func_uint32_t_u_u(l_1554, (safe_lshift_func_int16_t_s_u((safe_lshift_func_uint8_t_u_u((((l_1559 == l_1561) , l_1563) >= (~(safe_rshift_func_int8_t_s_u((safe_mul_func_uint8_t_u_u(((safe_add_func_int32_t_s_s((((safe_lshift_func_uint16_t_u_s(p_79, (((**g_1183) = p_81) == (g_1574 = l_1573)))) , p_82) & 0x97B8L), p_79)) > 9UL), 1UL)), p_79)))), (*g_419))), 14)))) <= (*g_419)), 4)), (*p_80))) | 0xF7FFB3A5L))) | 65531UL), p_79));
        l_1578[2]--;
    }
    return p_79;
}


/* ------------------------------------------ */
/* 
 * reads : g_49 g_71 g_95 g_136 g_45 g_140 g_48 g_142 g_155 g_51 g_160 g_166 g_127 g_175 g_177 g_59 g_201 g_213 g_219 g_2 g_248 g_249 g_259 g_266 g_58 g_310 g_266.f0 g_258 g_118 g_394 g_395 g_288 g_434 g_419 g_534 g_288.f2 g_607 g_618 g_259.f0
 * writes: g_118 g_95 g_127 g_136 g_140 g_45 g_142 g_51 g_71 g_160 g_166 g_175 g_180 g_201 g_213 g_49 g_155.f1 g_198 g_258 g_310 g_328 g_249 g_2 g_394 g_419 g_534 g_288.f3
 */
static int32_t  func_85(uint8_t  p_86, uint32_t  p_87, uint64_t  p_88, int64_t  p_89, uint16_t  p_90)
{ /* block id: 19 */
    int32_t l_106 = 4L;
    int32_t l_109 = 7L;
    int32_t l_110 = 0xE7A75E41L;
    int32_t l_111[2][5][3] = {{{0x16057895L,0x4D755E4DL,0x01F95A7FL},{1L,0x537570C9L,1L},{(-1L),0x16057895L,0L},{0xC485E279L,1L,1L},{0L,(-1L),0x01F95A7FL}},{{(-5L),0xC485E279L,0x020513F0L},{0L,0L,0x09A65E11L},{0xC485E279L,(-5L),1L},{(-1L),0L,(-1L)},{1L,0xC485E279L,0x537570C9L}}};
    uint8_t *l_154 = (void*)0;
    const uint32_t l_199[1] = {0x4E518A1BL};
    int16_t *l_200 = &g_45;
    int16_t l_230 = 0x2580L;
    uint32_t l_233 = 0UL;
    int16_t l_237 = 5L;
    int32_t l_238 = 0xBCEEDDB5L;
    int32_t l_239 = 0L;
    uint32_t **l_250 = &g_249;
    int8_t **l_256 = &g_58;
    float *l_260[8][3] = {{&g_198,&g_198,&g_198},{(void*)0,(void*)0,&g_198},{(void*)0,(void*)0,(void*)0},{&g_198,(void*)0,(void*)0},{(void*)0,&g_198,&g_198},{&g_198,&g_198,&g_198},{(void*)0,(void*)0,&g_198},{(void*)0,(void*)0,(void*)0}};
    float *l_329 = &g_198;
    uint64_t *l_332 = &g_213;
    const float l_358 = (-0x1.1p+1);
    const int64_t l_367[8] = {0x58127078D026ACCALL,0x58127078D026ACCALL,0x58127078D026ACCALL,0x58127078D026ACCALL,0x58127078D026ACCALL,0x58127078D026ACCALL,0x58127078D026ACCALL,0x58127078D026ACCALL};
    uint16_t l_572 = 1UL;
    const int32_t *l_588 = &g_71[0][0][0];
    const int32_t **l_587 = &l_588;
    uint32_t l_620 = 6UL;
    int8_t l_622 = 0x0CL;
    int i, j, k;
    for (p_88 = 0; (p_88 > 11); p_88 = safe_add_func_int8_t_s_s(p_88, 6))
    { /* block id: 22 */
        int32_t *l_98 = &g_71[2][0][6];
        int32_t *l_99 = &g_71[1][0][0];
        int32_t *l_100 = (void*)0;
        int32_t *l_101 = (void*)0;
        int32_t *l_102 = &g_71[2][0][6];
        int32_t *l_103 = &g_71[2][0][6];
        int32_t *l_104 = &g_71[2][0][6];
        int32_t *l_105 = &g_71[0][0][0];
        int32_t *l_107[6][8] = {{&g_71[2][0][6],(void*)0,&g_71[2][0][6],&g_71[2][0][6],(void*)0,&g_71[2][0][6],&g_71[2][0][6],(void*)0},{(void*)0,&g_71[2][0][6],&g_71[2][0][6],(void*)0,&g_71[2][0][6],&g_71[2][0][6],(void*)0,&g_71[2][0][6]},{(void*)0,(void*)0,&g_71[1][0][4],(void*)0,(void*)0,&g_71[1][0][4],(void*)0,(void*)0},{&g_71[2][0][6],(void*)0,&g_71[2][0][6],&g_71[2][0][6],(void*)0,&g_71[2][0][6],&g_71[2][0][6],(void*)0},{(void*)0,&g_71[2][0][6],&g_71[2][0][6],(void*)0,&g_71[2][0][6],&g_71[2][0][6],(void*)0,&g_71[2][0][6]},{(void*)0,(void*)0,&g_71[1][0][4],(void*)0,(void*)0,&g_71[1][0][4],(void*)0,(void*)0}};
        int32_t l_108[10] = {0x7A53718DL,0x7A53718DL,0x7A53718DL,0x7A53718DL,0x7A53718DL,0x7A53718DL,0x7A53718DL,0x7A53718DL,0x7A53718DL,0x7A53718DL};
        uint16_t l_112[6] = {65535UL,65535UL,65535UL,65535UL,65535UL,65535UL};
        uint8_t *l_117 = &g_118;
        uint32_t *l_123 = &g_95;
        uint32_t *l_126 = &g_127;
        uint16_t *l_132 = &l_112[2];
        uint32_t *l_135 = &g_136[1];
        uint8_t *l_139 = &g_140;
        uint64_t *l_141 = &g_142;
        int8_t l_173 = 1L;
        int32_t l_228 = 0xC275AE56L;
        float l_229 = 0x6.D5B11Fp-53;
        int8_t l_232 = 0x97L;
        uint32_t **l_251 = &l_123;
        union U1 *l_294[9][1][1];
        float l_320[1];
        uint32_t l_321 = 0xD7D53E61L;
        uint64_t **l_333 = &g_310;
        int64_t *l_356 = &g_2[1];
        int8_t *l_357 = &l_173;
        int16_t l_390 = 0x0888L;
        union U0 l_424[10] = {{0xC4515BE0L},{0xC4515BE0L},{1UL},{0xF2D8FA66L},{1UL},{0xC4515BE0L},{0xC4515BE0L},{1UL},{0xF2D8FA66L},{1UL}};
        uint32_t l_447 = 4294967293UL;
        int8_t l_465[9][5][1] = {{{0xDFL},{0L},{0x71L},{0L},{(-6L)}},{{0L},{0x71L},{0L},{0xDFL},{0x77L}},{{(-1L)},{9L},{(-1L)},{0x77L},{0xDFL}},{{0L},{0x71L},{0L},{(-6L)},{0L}},{{0x71L},{0L},{0xDFL},{0x77L},{(-1L)}},{{9L},{(-1L)},{0x77L},{0xDFL},{0L}},{{(-6L)},{0x77L},{0xB9L},{0x77L},{(-6L)}},{{(-8L)},{0x00L},{9L},{0x71L},{(-1L)}},{{0x71L},{9L},{0x00L},{(-8L)},{(-6L)}}};
        int i, j, k;
        for (i = 0; i < 9; i++)
        {
            for (j = 0; j < 1; j++)
            {
                for (k = 0; k < 1; k++)
                    l_294[i][j][k] = &g_288[4];
            }
        }
        for (i = 0; i < 1; i++)
            l_320[i] = (-0x10.Cp-1);
        ++l_112[2];
        if (((g_49[0] | (safe_lshift_func_int8_t_s_u(p_87, ((*l_117) = g_71[3][0][6])))) == (safe_unary_minus_func_int32_t_s((((*l_141) = ((g_45 = (((((1L || (!((safe_sub_func_int16_t_s_s(((((*l_126) = (++(*l_123))) ^ (safe_add_func_uint32_t_u_u((safe_rshift_func_uint16_t_u_u(((*l_132) = (&g_2[1] == &g_2[1])), (((0x5FL & ((*l_139) &= (((g_49[0] < ((safe_div_func_uint32_t_u_u(((*l_135)--), 0x86503B76L)) >= g_45)) || p_88) <= (*l_98)))) ^ l_111[0][3][0]) <= l_111[1][2][2]))), g_49[0]))) | p_88), p_87)) != p_87))) | l_110) <= (*g_48)) , 0xD364E023EB988110LL) < l_110)) <= 1UL)) , g_142)))))
        { /* block id: 32 */
            int8_t *l_156 = &g_51;
            int32_t l_161[8][5][1] = {{{0x9F28033DL},{3L},{0xEF1251F2L},{0xE1BC7B78L},{0x07333B9DL}},{{0x07333B9DL},{0xE1BC7B78L},{0xEF1251F2L},{3L},{0x9F28033DL}},{{0L},{0x9F28033DL},{3L},{0xEF1251F2L},{0xE1BC7B78L}},{{0x07333B9DL},{0x07333B9DL},{0xE1BC7B78L},{0xEF1251F2L},{3L}},{{0x9F28033DL},{0L},{0x9F28033DL},{3L},{0xEF1251F2L}},{{0xE1BC7B78L},{0x07333B9DL},{0x07333B9DL},{0xE1BC7B78L},{0xEF1251F2L}},{{3L},{0x9F28033DL},{0L},{0x9F28033DL},{3L}},{{0xEF1251F2L},{0xE1BC7B78L},{0x07333B9DL},{0x07333B9DL},{0xE1BC7B78L}}};
            uint16_t *l_164 = (void*)0;
            uint16_t *l_165 = &g_166;
            int8_t *l_174 = &g_175;
            int32_t l_176 = 0L;
            int32_t l_236 = 0x65CCBA45L;
            uint64_t l_240 = 0xE9DFFE234898ECB9LL;
            int32_t *l_247 = &g_71[3][0][9];
            union U0 l_261 = {1UL};
            int32_t l_296[5][5] = {{(-9L),(-5L),0x9951B9E5L,0x4C5F2719L,0x4C5F2719L},{(-5L),(-9L),(-5L),0x9951B9E5L,0x4C5F2719L},{0xEA65AFA4L,(-5L),0x4C5F2719L,(-5L),0xEA65AFA4L},{(-5L),(-5L),(-9L),0xEA65AFA4L,(-9L)},{(-9L),(-9L),0x4C5F2719L,0xEA65AFA4L,(-10L)}};
            int8_t l_307[2][5][2] = {{{(-1L),(-1L)},{(-1L),(-1L)},{(-1L),(-1L)},{(-1L),(-1L)},{(-1L),(-1L)}},{{(-1L),(-1L)},{(-1L),(-1L)},{(-1L),(-1L)},{(-1L),(-1L)},{(-1L),(-1L)}}};
            int i, j, k;
            if ((safe_rshift_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u((p_89 | (safe_div_func_uint8_t_u_u((safe_rshift_func_int8_t_s_s(((safe_div_func_int64_t_s_s((safe_unary_minus_func_int16_t_s(((p_88 > ((((((*l_104) = (((*l_117) = 0x3FL) && ((*l_156) &= (l_154 != (g_155[1][0] , &g_118))))) != ((~(((l_161[0][4][0] = (safe_rshift_func_uint16_t_u_s(((*l_132) = (p_90 != (g_160[3] &= g_142))), 2))) == (safe_div_func_uint16_t_u_u((--(*l_165)), (safe_mul_func_int16_t_s_s(((((*l_174) &= (safe_add_func_int16_t_s_s(((((((p_86 <= p_87) , p_87) >= 0x567FB97F9317D55BLL) , l_173) & 5L) == g_127), (*g_48)))) != p_89) < l_106), 7L))))) & l_176)) | g_177[0])) >= 0x4F6BAD65L) < 0x35E0L) > 0x333CL)) , p_88))), g_177[0])) | (-1L)), 3)), p_87))), p_88)), 2)))
            { /* block id: 41 */
                uint32_t *l_189 = &g_95;
                int32_t l_196 = 0x18D4D521L;
                float *l_197[8] = {&g_198,(void*)0,&g_198,&g_198,(void*)0,&g_198,&g_198,(void*)0};
                int i;
                g_201 |= ((l_161[0][4][0] <= (((((safe_lshift_func_int16_t_s_s(((g_180 = ((*l_98) |= p_86)) < (((safe_rshift_func_int16_t_s_s((((*l_132) = (safe_add_func_int16_t_s_s((l_176 = ((5UL != ((((&l_176 == (((l_106 = (safe_mul_func_float_f_f((l_189 != (void*)0), (((safe_lshift_func_uint16_t_u_s((((safe_add_func_int64_t_s_s((safe_add_func_uint64_t_u_u(((0x0D7E747DL > ((*g_48) < ((l_196 , 0x8CL) & g_160[1]))) != l_109), l_111[0][2][2])), g_59[2])) < p_89) >= l_196), 12)) ^ p_90) , g_140)))) == 0xA.B21B83p-25) , &l_161[0][4][0])) <= l_161[0][4][0]) || p_86) > p_89)) >= p_86)), p_89))) & p_90), p_87)) || l_199[0]) || 0x13D32244L)), p_88)) == 0x06L) , l_200) != l_165) , 0xA7L)) | 0x9FDAL);
                if (((((0x869BL == 5UL) , (-9L)) > (-4L)) < (0x58C7FB57L == (1L | p_89))))
                { /* block id: 48 */
                    uint64_t *l_212 = &g_213;
                    int32_t l_216 = 0x3E12670AL;
                    (*l_103) = (safe_lshift_func_int16_t_s_s((safe_mul_func_uint16_t_u_u(l_106, l_161[0][4][0])), 13));
                    g_155[1][0].f1 = ((((g_160[3] | ((((*l_103) = (safe_add_func_uint64_t_u_u(g_160[3], ((((((-5L) != g_142) ^ ((safe_unary_minus_func_uint64_t_u((~((*l_212) &= 0x06C7CCF9522E098DLL)))) >= (((safe_mod_func_uint32_t_u_u(((((*l_117) = l_196) , (l_216 != (((*g_48) &= (p_87 == ((safe_mul_func_uint8_t_u_u(((0x05L ^ l_196) <= (-1L)), l_106)) >= g_136[5]))) | g_127))) | g_140), p_90)) || l_196) <= g_219))) , 0x801CL) == g_2[0]) < 0x4B5E314AL)))) < p_88) , 4L)) <= 0x0EE946CD2D6C20E6LL) < l_216) >= 1L);
                    if (l_161[3][0][0])
                        break;
                    for (l_106 = 0; (l_106 == (-15)); l_106 = safe_sub_func_int32_t_s_s(l_106, 3))
                    { /* block id: 58 */
                        float *l_222 = (void*)0;
                        (*l_102) = ((4L == l_199[0]) & (l_222 != (void*)0));
                        return p_89;
                    }
                }
                else
                { /* block id: 62 */
                    g_198 = l_199[0];
                }
                if (g_177[0])
                    continue;
            }
            else
            { /* block id: 66 */
                int32_t *l_225[4] = {&l_161[0][3][0],&l_161[0][3][0],&l_161[0][3][0],&l_161[0][3][0]};
                float l_227 = 0x1.7p+1;
                int32_t l_231[4][5][8] = {{{0xF6CC1612L,0L,0x3A4AB18DL,0xD60B8108L,0x3A4AB18DL,0L,0xF6CC1612L,0xF6CC1612L},{0L,0xD60B8108L,0L,0L,0xD60B8108L,0L,0x2E465433L,0L},{0xD60B8108L,0L,0x2E465433L,0L,0xD60B8108L,0L,0L,0xD60B8108L},{0L,0xF6CC1612L,0xF6CC1612L,0L,0x3A4AB18DL,0xD60B8108L,0x3A4AB18DL,0L},{0xF6CC1612L,0x3A4AB18DL,0xF6CC1612L,0L,0x2E465433L,0x2E465433L,0L,0xF6CC1612L}},{{0x3A4AB18DL,0x3A4AB18DL,0x2E465433L,0xD60B8108L,0x142B6CA4L,0xD60B8108L,0x2E465433L,0x3A4AB18DL},{0x3A4AB18DL,0xF6CC1612L,0L,0x2E465433L,0x2E465433L,0L,0xF6CC1612L,0x3A4AB18DL},{0xF6CC1612L,0L,0x3A4AB18DL,0xD60B8108L,0x3A4AB18DL,0L,0xF6CC1612L,0xF6CC1612L},{0L,0xD60B8108L,0L,0L,0xD60B8108L,0L,0x2E465433L,0L},{0xD60B8108L,0L,0x2E465433L,0L,0xD60B8108L,0L,0x2E465433L,0L}},{{0xF6CC1612L,0xD60B8108L,0xD60B8108L,0xF6CC1612L,0x142B6CA4L,0L,0x142B6CA4L,0xF6CC1612L},{0xD60B8108L,0x142B6CA4L,0xD60B8108L,0x2E465433L,0x3A4AB18DL,0x3A4AB18DL,0x2E465433L,0xD60B8108L},{0x142B6CA4L,0x142B6CA4L,0x3A4AB18DL,0L,0L,0L,0x3A4AB18DL,0x142B6CA4L},{0x142B6CA4L,0xD60B8108L,0x2E465433L,0x3A4AB18DL,0x3A4AB18DL,0x2E465433L,0xD60B8108L,0x142B6CA4L},{0xD60B8108L,0xF6CC1612L,0x142B6CA4L,0L,0x142B6CA4L,0xF6CC1612L,0xD60B8108L,0xD60B8108L}},{{0xF6CC1612L,0L,0x2E465433L,0x2E465433L,0L,0xF6CC1612L,0x3A4AB18DL,0xF6CC1612L},{0L,0xF6CC1612L,0x3A4AB18DL,0xF6CC1612L,0L,0x2E465433L,0x2E465433L,0L},{0xF6CC1612L,0xD60B8108L,0xD60B8108L,0xF6CC1612L,0x142B6CA4L,0L,0x142B6CA4L,0xF6CC1612L},{0xD60B8108L,0x142B6CA4L,0xD60B8108L,0x2E465433L,0x3A4AB18DL,0x3A4AB18DL,0x2E465433L,0xD60B8108L},{0x142B6CA4L,0x142B6CA4L,0x3A4AB18DL,0L,0L,0L,0x3A4AB18DL,0x142B6CA4L}}};
                int i, j, k;
                for (g_142 = (-27); (g_142 == 43); g_142++)
                { /* block id: 69 */
                    int32_t **l_226 = &l_225[3];
                    (*l_226) = l_225[0];
                }
                l_233++;
                (*l_102) = p_90;
                return l_236;
            }
            l_240--;
            for (g_45 = 0; (g_45 == (-29)); --g_45)
            { /* block id: 79 */
                int32_t **l_246[10][5][5] = {{{&l_101,&l_99,&l_105,&l_101,&l_107[2][5]},{&l_102,&l_104,&l_107[2][5],&l_107[2][5],&l_104},{(void*)0,&l_107[2][5],&l_98,&l_101,(void*)0},{&l_101,&l_99,(void*)0,(void*)0,&l_107[2][5]},{&l_99,&l_101,(void*)0,(void*)0,&l_100}},{{&l_101,&l_103,&l_107[2][5],&l_101,(void*)0},{(void*)0,&l_98,&l_102,(void*)0,&l_102},{&l_102,&l_98,&l_99,&l_107[2][5],&l_102},{&l_101,&l_98,&l_100,(void*)0,(void*)0},{&l_102,&l_98,&l_102,&l_105,&l_99}},{{&l_99,&l_103,&l_104,(void*)0,&l_98},{(void*)0,&l_101,&l_101,&l_102,(void*)0},{&l_101,&l_99,&l_104,&l_98,&l_98},{&l_101,&l_107[2][5],&l_102,&l_104,&l_98},{(void*)0,&l_104,&l_100,(void*)0,&l_98}},{{&l_107[2][5],&l_99,&l_99,(void*)0,&l_101},{(void*)0,&l_104,&l_102,&l_104,(void*)0},{&l_101,(void*)0,&l_107[2][5],&l_98,&l_100},{(void*)0,&l_101,(void*)0,&l_102,&l_101},{&l_100,&l_101,(void*)0,(void*)0,&l_100}},{{(void*)0,&l_102,&l_98,&l_105,(void*)0},{&l_100,&l_107[2][5],&l_107[2][5],(void*)0,&l_98},{&l_101,&l_101,&l_107[2][5],(void*)0,(void*)0},{&l_101,&l_107[2][5],(void*)0,&l_101,(void*)0},{&l_102,&l_102,&l_101,&l_98,&l_101}},{{(void*)0,&l_105,(void*)0,&l_98,&l_107[2][5]},{&l_98,&l_103,&l_100,(void*)0,&l_107[2][4]},{&l_101,&l_105,(void*)0,&l_99,&l_104},{&l_99,&l_102,&l_100,(void*)0,(void*)0},{(void*)0,&l_107[2][5],&l_98,&l_98,(void*)0}},{{(void*)0,&l_101,&l_98,&l_107[2][5],(void*)0},{&l_103,&l_100,&l_100,&l_103,&l_101},{&l_103,(void*)0,(void*)0,&l_102,&l_98},{&l_105,&l_98,&l_100,&l_101,(void*)0},{&l_98,&l_107[2][5],(void*)0,&l_102,&l_103}},{{&l_104,(void*)0,&l_101,&l_103,&l_101},{(void*)0,&l_105,(void*)0,&l_107[2][5],&l_99},{&l_107[2][5],&l_104,&l_107[2][5],&l_98,&l_99},{&l_102,&l_101,(void*)0,(void*)0,&l_101},{&l_107[2][5],(void*)0,&l_101,&l_99,&l_103}},{{&l_98,&l_101,&l_101,(void*)0,(void*)0},{&l_101,&l_98,(void*)0,&l_98,&l_98},{&l_98,&l_102,&l_99,&l_98,&l_101},{&l_107[2][5],&l_107[2][4],&l_102,&l_101,(void*)0},{&l_102,(void*)0,&l_101,(void*)0,(void*)0}},{{&l_107[2][5],(void*)0,&l_102,(void*)0,(void*)0},{(void*)0,&l_107[2][4],(void*)0,&l_104,&l_104},{&l_104,&l_102,&l_101,(void*)0,&l_107[2][4]},{&l_98,&l_98,&l_99,(void*)0,&l_107[2][5]},{&l_105,&l_101,&l_101,&l_107[2][4],&l_101}}};
                union U1 *l_287 = &g_288[4];
                int i, j, k;
                l_247 = &g_71[2][0][6];
                l_251 = (l_250 = g_248);
                for (l_109 = 0; (l_109 > 10); l_109 = safe_add_func_uint32_t_u_u(l_109, 1))
                { /* block id: 85 */
                    int8_t ***l_257[8] = {&l_256,&l_256,&l_256,&l_256,&l_256,&l_256,&l_256,&l_256};
                    const union U1 *l_268 = (void*)0;
                    const union U1 **l_267 = &l_268;
                    int32_t l_293 = 0x693607AAL;
                    int64_t *l_295 = &g_201;
                    int i;
                    (*l_102) = (((void*)0 == (*l_251)) != (g_198 = (safe_add_func_float_f_f(0x3.9p+1, (g_155[1][0] , ((g_258 = l_256) == ((g_259 , (((void*)0 != l_260[7][0]) ^ (l_261 , (**g_248)))) , &g_50[6])))))));
                    for (p_89 = 0; (p_89 <= 22); ++p_89)
                    { /* block id: 91 */
                        (*l_105) |= (3L >= (safe_sub_func_uint8_t_u_u((g_266 , (p_89 || 0x4BE7L)), 5UL)));
                        return p_90;
                    }
                    (*l_267) = (void*)0;
                    (*l_247) = (safe_lshift_func_uint8_t_u_u(((safe_mul_func_int8_t_s_s(1L, 0x5AL)) == ((safe_mod_func_int8_t_s_s((safe_lshift_func_uint16_t_u_s((((safe_add_func_int8_t_s_s((((safe_mod_func_uint8_t_u_u(((safe_lshift_func_int8_t_s_u(0xC5L, (((safe_rshift_func_int16_t_s_u(((*g_48) = (0x2344L || p_90)), ((l_287 != (void*)0) < ((*l_295) = (((safe_lshift_func_uint8_t_u_u((((safe_rshift_func_int8_t_s_s((-1L), (((p_90 , l_293) & 0xC65C8E9C89B49B4ELL) ^ p_87))) & 0x9953D977L) && 1L), 3)) , l_294[0][0][0]) != (void*)0))))) || 0xF0742477572AA4D4LL) || 8UL))) > p_87), p_89)) , (*g_249)) ^ l_296[2][0]), g_51)) , p_87) <= l_293), p_90)), g_142)) & 0UL)), 3));
                }
            }
            (*l_102) = ((**g_248) != (((*g_48) = 0L) > ((((((safe_mul_func_uint8_t_u_u((safe_add_func_int8_t_s_s(((safe_sub_func_uint32_t_u_u(((l_260[4][1] == (void*)0) || ((((void*)0 == l_250) & 0x9AL) && (-3L))), (safe_mod_func_uint8_t_u_u(((safe_mul_func_int8_t_s_s((*g_58), 0x19L)) != p_88), g_175)))) > p_89), l_307[1][4][1])), p_86)) > l_110) , g_155[1][0]) , (*l_247)) < 0xF3L) <= (*l_104))));
        }
        else
        { /* block id: 103 */
            const int16_t l_311 = 0xF834L;
            uint64_t *l_322 = &g_213;
            int32_t l_323 = 0xD114663AL;
            float **l_324 = (void*)0;
            float **l_325 = &l_260[7][0];
            float **l_326 = (void*)0;
            float **l_327 = (void*)0;
            l_323 ^= (safe_mul_func_int16_t_s_s(((g_127 , &p_88) != (g_310 = l_141)), ((((l_111[1][2][1] = 5L) , l_311) , (0x12945A97L < ((safe_add_func_int32_t_s_s(((*l_99) = (&p_88 != (((safe_sub_func_uint16_t_u_u((safe_rshift_func_int16_t_s_u(((((**l_251) = ((safe_mod_func_uint8_t_u_u(g_201, ((((g_160[3] && l_111[0][4][1]) ^ l_311) || l_311) , l_109))) == l_321)) | p_86) ^ (*g_58)), 14)), (*g_48))) == 3UL) , l_322))), (*g_249))) , (-1L)))) == p_89)));
            (*l_103) = ((g_328[0][2] = ((*l_325) = l_260[0][2])) == l_329);
        }
        if ((safe_mod_func_int32_t_s_s((l_332 != ((*l_333) = l_332)), ((*l_135) |= (!(l_233 || ((safe_add_func_int16_t_s_s(l_233, (safe_div_func_uint16_t_u_u(((safe_lshift_func_uint16_t_u_s((!(safe_rshift_func_uint16_t_u_u((safe_unary_minus_func_uint32_t_u(((safe_mul_func_int16_t_s_s(((((*l_251) = &p_87) == (void*)0) & (((safe_unary_minus_func_int8_t_s(((*l_357) = (safe_add_func_int64_t_s_s(((*l_356) ^= (safe_mul_func_uint8_t_u_u(0xF0L, (safe_add_func_int32_t_s_s(((((l_111[1][2][2] &= p_87) || l_111[1][2][2]) & 0UL) , p_86), 4294967291UL))))), 0x002F6CBBEE0CCA3DLL))))) ^ (*l_103)) ^ p_86)), 0UL)) > p_88))), p_90))), 4)) ^ l_199[0]), 0x8D65L)))) & p_89)))))))
        { /* block id: 119 */
            const int16_t *l_365 = &l_237;
            float **l_408 = &g_328[0][0];
            const int32_t l_414 = 0L;
            uint8_t *l_418 = &g_4;
            int32_t l_443 = 0x613AB095L;
            int64_t *l_444 = (void*)0;
            int32_t l_453 = 0L;
            int32_t l_458 = 0xC9DAC20FL;
            int32_t l_459 = 0L;
            int32_t l_462 = 5L;
            int32_t l_463 = 0xF2F88F42L;
            union U1 ***l_494 = &g_394;
            (*l_105) |= (((*l_132) = (safe_div_func_int16_t_s_s(((safe_add_func_int8_t_s_s((0xC9L >= (((safe_sub_func_int8_t_s_s((p_86 | (p_89 , (l_365 != &g_49[5]))), 0x9DL)) ^ ((((*g_310) ^= (!(0x68L && 0xBAL))) != g_266.f0) <= (**g_258))) != p_88)), p_87)) , 0x3734L), l_367[4]))) , l_199[0]);
            for (l_232 = 0; (l_232 > 22); l_232 = safe_add_func_uint16_t_u_u(l_232, 6))
            { /* block id: 125 */
                const uint16_t l_371 = 0xEA16L;
                int32_t l_397 = 0x18BC5BE8L;
                int64_t *l_411 = (void*)0;
                int64_t *l_412 = (void*)0;
                int64_t *l_413 = &g_201;
                int8_t ***l_441 = (void*)0;
                int32_t l_455 = 1L;
                int32_t l_460 = (-5L);
                int32_t l_461 = 1L;
                int32_t l_466[6] = {0x2A68788CL,0x2A68788CL,0x2A68788CL,0x2A68788CL,0x2A68788CL,0x2A68788CL};
                uint8_t l_468 = 1UL;
                float l_535 = 0x0.7p-1;
                int i;
                if ((g_155[7][0] , ((~(p_88 ^ ((**l_250) = l_109))) != l_371)))
                { /* block id: 127 */
                    uint8_t l_389[7];
                    int i;
                    for (i = 0; i < 7; i++)
                        l_389[i] = 254UL;
                    l_111[1][2][2] = (-((*l_329) = (safe_sub_func_float_f_f(p_89, ((*l_103) = (l_233 >= (((((**l_250)++) && 4294967286UL) == ((0xEB5D55F836574BB7LL >= (safe_add_func_int32_t_s_s((safe_mul_func_int8_t_s_s(((safe_mul_func_uint32_t_u_u((((*g_48) = (l_365 != (void*)0)) > ((*l_200) = p_90)), (((((safe_lshift_func_int8_t_s_u(((p_88 < (safe_rshift_func_uint8_t_u_u((safe_sub_func_int8_t_s_s((l_239 , l_389[2]), 0x18L)), g_118))) <= p_89), 4)) ^ p_86) == l_389[6]) , 9L) > p_86))) , p_89), p_86)), l_390))) & 0x9FEF2547L)) , (*l_98))))))));
                }
                else
                { /* block id: 134 */
                    union U1 **l_393 = &l_294[0][0][0];
                    int32_t l_396 = 0xAC35500FL;
                    if (((*l_103) = g_45))
                    { /* block id: 136 */
                        return p_86;
                    }
                    else
                    { /* block id: 138 */
                        union U1 **l_392 = (void*)0;
                        union U1 ***l_391[4][6] = {{&l_392,&l_392,&l_392,&l_392,&l_392,&l_392},{&l_392,&l_392,&l_392,&l_392,&l_392,&l_392},{&l_392,&l_392,&l_392,&l_392,&l_392,&l_392},{&l_392,&l_392,&l_392,&l_392,&l_392,&l_392}};
                        int i, j;
                        l_396 &= (((l_393 = &l_294[0][0][0]) == (g_394 = g_394)) ^ g_71[2][0][6]);
                    }
                }
                l_397 = 0x8.EB9F7Fp+27;
                (*l_103) = (p_88 <= (((safe_unary_minus_func_int8_t_s((safe_lshift_func_int16_t_s_u((*g_48), 14)))) == ((*l_357) |= (((safe_div_func_int64_t_s_s(((*l_413) = ((*l_356) ^= (+(safe_add_func_uint8_t_u_u(g_266.f0, ((p_89 & ((--(*l_141)) > (((**g_394) , l_408) == &g_328[0][2]))) < (safe_rshift_func_uint8_t_u_u((p_87 == ((0x2DL && 0x05L) > p_89)), 1)))))))), (*g_310))) || l_414) == l_414))) <= g_71[2][0][6]));
                if ((((+(4294967290UL || (safe_lshift_func_int16_t_s_s((l_418 == (g_419 = l_139)), 14)))) > (safe_lshift_func_int8_t_s_u(p_88, (safe_sub_func_int32_t_s_s((2L > (&g_249 != (void*)0)), (g_45 , (l_424[2] , p_86))))))) | 9UL))
                { /* block id: 151 */
                    int32_t **l_425 = &l_100;
                    int32_t l_442 = (-8L);
                    int32_t l_452 = 1L;
                    int32_t l_456[7][3];
                    int i, j;
                    for (i = 0; i < 7; i++)
                    {
                        for (j = 0; j < 3; j++)
                            l_456[i][j] = 0xDA79ADD1L;
                    }
                    (*l_425) = (void*)0;
                    if ((safe_div_func_int32_t_s_s((g_155[1][0] , (l_443 = ((*l_105) = ((*g_310) < (safe_mod_func_int32_t_s_s((((*l_103) | ((+p_90) != (safe_div_func_uint32_t_u_u((~0xEF5C484B9C914B0DLL), g_434)))) < (safe_div_func_int8_t_s_s((safe_mod_func_uint32_t_u_u((safe_mod_func_int64_t_s_s(((0x8D457B562DF73BD6LL & (((void*)0 == l_441) , p_90)) | 1L), p_86)), l_442)), 0xD9L))), l_111[1][1][1])))))), 1UL)))
                    { /* block id: 155 */
                        int64_t **l_445 = (void*)0;
                        int64_t *l_446 = &g_201;
                        (*l_103) = (((l_446 = l_444) == l_444) , p_88);
                        l_447--;
                    }
                    else
                    { /* block id: 159 */
                        int16_t l_450 = (-1L);
                        int32_t l_451 = 1L;
                        int32_t l_454 = 0xF4FE94D7L;
                        int32_t l_457 = 0L;
                        int32_t l_464 = 0x8E61AB86L;
                        int32_t l_467 = 0x68DB86AFL;
                        uint32_t l_471 = 0UL;
                        l_468--;
                        if (p_87)
                            break;
                        --l_471;
                    }
                }
                else
                { /* block id: 164 */
                    uint8_t l_477 = 0x5FL;
                    uint32_t l_501 = 0xB65E9A54L;
                    int32_t l_537 = 0xB5F6508CL;
                    for (l_455 = 27; (l_455 != 0); l_455--)
                    { /* block id: 167 */
                        union U1 ****l_495 = &l_494;
                        union U1 ***l_497 = &g_394;
                        union U1 ****l_496 = &l_497;
                        int8_t l_500 = 0x67L;
                        uint32_t * const l_502[10][6] = {{&g_136[1],&g_180,(void*)0,&g_136[2],&g_95,&g_95},{(void*)0,&g_180,&g_180,(void*)0,(void*)0,&g_95},{&g_136[0],&g_95,(void*)0,&g_136[1],&g_95,&g_180},{(void*)0,&l_233,&g_136[1],&g_95,&g_95,&g_136[1]},{&g_136[1],&g_95,&l_233,&g_136[4],&g_136[4],&g_136[2]},{&g_136[1],&g_136[0],&g_127,&g_95,&g_127,&g_95},{&g_95,&g_127,&g_95,&g_136[1],&g_95,&g_136[1]},{&g_180,&g_136[4],&g_127,&g_136[0],&g_180,&g_127},{&g_136[1],&g_136[2],(void*)0,&g_136[0],&g_136[1],&g_136[1]},{&g_180,(void*)0,&l_233,&g_136[1],&g_136[2],&g_136[5]}};
                        int32_t l_536 = 0xDA11244DL;
                        int i, j;
                        (*l_105) &= (((7L >= (((!((((((l_477 , (+(safe_rshift_func_int16_t_s_s(((((safe_lshift_func_uint8_t_u_u((safe_mod_func_uint64_t_u_u((safe_rshift_func_int8_t_s_s((safe_sub_func_int32_t_s_s((-1L), (+0UL))), ((safe_mod_func_uint16_t_u_u((+(((!(((l_109 ^= ((((((*l_496) = ((*l_495) = l_494)) == (void*)0) & (safe_mul_func_uint8_t_u_u((l_441 != (l_458 , &g_258)), l_466[0]))) || 0x876466C1L) != p_89)) , (*g_48)) , l_414)) , 0UL) > g_166)), p_88)) , p_90))), 0xA4D3C5E13B1BD419LL)), 5)) <= l_463) & l_500) != 4294967288UL), l_111[0][2][2])))) || l_501) > 0xD021L) , g_155[1][0]) , (void*)0) == l_502[2][3])) || 65535UL) < g_160[3])) && 0x85L) & (**g_248));
                        l_537 ^= (safe_sub_func_uint16_t_u_u((++(*l_132)), (p_87 , ((safe_rshift_func_uint8_t_u_u(((l_536 |= ((**g_258) , (((void*)0 == l_502[2][3]) | (safe_rshift_func_uint16_t_u_u((safe_sub_func_uint32_t_u_u(1UL, (safe_unary_minus_func_int64_t_s(((((((safe_add_func_int32_t_s_s((((safe_add_func_uint16_t_u_u((safe_sub_func_uint32_t_u_u((g_95 = (safe_div_func_uint64_t_u_u(((g_534 ^= (((safe_mul_func_int8_t_s_s((safe_mul_func_uint16_t_u_u(((safe_rshift_func_int8_t_s_s(((safe_lshift_func_int16_t_s_u(((*g_48) = p_89), 6)) | (((safe_mul_func_int8_t_s_s((safe_div_func_uint32_t_u_u(((*g_249) = 0x81B7FE6DL), ((&g_258 == &g_258) | (*g_419)))), l_500)) , 0xC4088AABL) , (**g_248))), l_500)) != p_89), 0x1DACL)), p_86)) | 1L) | 0x02627348L)) | l_477), p_88))), l_500)), l_109)) < (*g_310)) , g_49[0]), p_88)) || p_87) == (*l_103)) >= p_89) && p_89) != (*g_310)))))), 1))))) != 0xB6L), (*l_105))) , 0x63AAL))));
                    }
                    l_111[0][2][1] ^= ((p_89 != (safe_mod_func_uint16_t_u_u(0x0616L, 0x3036L))) >= (safe_add_func_int64_t_s_s(((*g_48) , ((safe_sub_func_float_f_f((safe_div_func_float_f_f((safe_add_func_float_f_f((l_367[0] > ((*l_329) = (((+0x7.Cp-1) == (safe_div_func_float_f_f(l_461, l_397))) > ((safe_div_func_uint32_t_u_u((p_88 & 0xA7F5730D112E45ADLL), 0x6ECA6769L)) , 0x2.2549FCp+87)))), p_89)), l_468)), (-0x8.2p+1))) , g_49[3])), (*l_105))));
                    if (p_88)
                        break;
                }
            }
            if (p_86)
                break;
        }
        else
        { /* block id: 186 */
            int32_t **l_560 = (void*)0;
            int32_t l_568[2];
            int64_t l_575[1][9] = {{(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)}};
            int i, j;
            for (i = 0; i < 2; i++)
                l_568[i] = 9L;
            for (g_175 = (-15); (g_175 == (-13)); g_175 = safe_add_func_int16_t_s_s(g_175, 2))
            { /* block id: 189 */
                const uint64_t l_557 = 0UL;
                union U0 l_558 = {0x7B407289L};
                int32_t ** const l_559 = &l_104;
                uint64_t l_569 = 0x926FA92594432524LL;
                for (p_86 = 0; (p_86 <= 5); p_86 += 1)
                { /* block id: 192 */
                    uint32_t l_565[10] = {1UL,0UL,1UL,0x196F73FDL,0x196F73FDL,1UL,0UL,1UL,0x196F73FDL,0x196F73FDL};
                    int16_t l_578 = (-5L);
                    int16_t l_580 = 0x479EL;
                    int i;
                    if ((safe_sub_func_uint8_t_u_u((((((p_90 < ((&g_118 == &p_86) , g_213)) ^ ((((l_557 & (((*l_99) = ((l_558 , &g_2[1]) == &g_201)) & ((l_559 != l_560) != g_288[4].f2))) == (*g_310)) < 1L) | (*g_310))) > (*g_419)) >= 0x335AL) == (*g_310)), (*g_419))))
                    { /* block id: 194 */
                        int16_t l_563 = 0xDE2AL;
                        int32_t l_564 = 0x904AD240L;
                        int i, j;
                        l_563 = (safe_div_func_float_f_f(((*l_329) = l_233), l_199[0]));
                        (**l_559) |= g_2[0];
                        ++l_565[1];
                    }
                    else
                    { /* block id: 199 */
                        l_569--;
                        l_572++;
                        if (g_59[1])
                            break;
                        (*l_98) = (l_575[0][2] ^ 0x6FEEL);
                    }
                    for (g_201 = 0; (g_201 >= 0); g_201 -= 1)
                    { /* block id: 207 */
                        int i;
                        if (g_2[g_201])
                            break;
                        return g_2[(g_201 + 1)];
                    }
                    if ((safe_mod_func_int32_t_s_s((g_288[4].f2 < p_88), l_578)))
                    { /* block id: 211 */
                        l_109 = (-0x10.9p+1);
                        (*l_98) |= (-6L);
                    }
                    else
                    { /* block id: 214 */
                        int32_t ***l_579 = &l_560;
                        (*l_579) = l_559;
                        l_580 &= (**l_560);
                        l_110 &= (((l_233 , (((**l_560) & (((((++(*l_139)) & (**l_560)) ^ ((safe_lshift_func_int8_t_s_s(((~(l_559 != ((safe_unary_minus_func_uint8_t_u(0xBCL)) , l_587))) , ((*g_310) ^ p_88)), 4)) < (**g_248))) > 0xFDABL) > 1L)) , p_86)) > p_90) ^ p_89);
                        (*l_587) = ((*l_559) = &l_106);
                    }
                }
                (*l_587) = ((*l_559) = &g_71[3][0][8]);
                if (p_86)
                    continue;
            }
        }
    }
    for (g_51 = 0; (g_51 == (-7)); g_51 = safe_sub_func_uint32_t_u_u(g_51, 6))
    { /* block id: 231 */
        (*l_587) = (void*)0;
    }
    for (l_109 = 0; (l_109 <= 5); l_109 += 1)
    { /* block id: 236 */
        int32_t *l_591 = &l_110;
        int32_t *l_592 = &g_71[2][0][1];
        int32_t *l_593 = &l_111[1][4][2];
        int32_t *l_594 = &l_106;
        int32_t *l_595 = &l_110;
        int32_t *l_596 = &g_71[3][0][7];
        int32_t *l_597[8][2][5] = {{{&g_71[2][0][3],&g_71[2][0][6],&l_106,&g_71[2][0][4],&g_71[2][0][5]},{&g_71[2][0][3],&l_106,&g_71[2][0][6],&g_71[2][0][4],&g_71[2][0][4]}},{{&l_106,&l_106,&l_106,&g_71[2][0][5],&g_71[2][0][4]},{&g_71[2][0][3],&g_71[2][0][6],&l_106,&g_71[2][0][4],&g_71[2][0][5]}},{{&g_71[2][0][3],&l_106,&g_71[2][0][6],&g_71[2][0][4],&g_71[2][0][4]},{&l_106,&l_106,&l_106,&g_71[2][0][5],&g_71[2][0][4]}},{{&g_71[2][0][3],&g_71[2][0][6],&l_106,&g_71[2][0][4],&g_71[2][0][5]},{&g_71[2][0][3],&l_106,&g_71[2][0][6],&g_71[2][0][4],&g_71[2][0][4]}},{{&l_106,&l_106,&l_106,&g_71[2][0][5],&g_71[2][0][4]},{&g_71[2][0][3],&g_71[2][0][6],&l_106,&g_71[2][0][4],&g_71[2][0][5]}},{{&g_71[2][0][3],&l_106,&g_71[2][0][6],&g_71[2][0][4],&g_71[2][0][4]},{&l_106,&l_106,&l_106,&g_71[2][0][5],&g_71[2][0][4]}},{{&g_71[2][0][3],&g_71[2][0][6],&l_106,&g_71[2][0][4],&g_71[2][0][5]},{&g_71[2][0][3],&l_106,&g_71[2][0][6],&g_71[2][0][4],&g_71[2][0][4]}},{{&l_106,&l_106,&l_106,&g_71[2][0][5],&g_71[2][0][4]},{&g_71[2][0][3],&g_71[2][0][6],&l_106,&g_71[2][0][4],&g_71[2][0][5]}}};
        uint32_t l_598[10] = {0x699C2D7CL,0x699C2D7CL,0xA7591C82L,0x699C2D7CL,0x699C2D7CL,0xA7591C82L,0x699C2D7CL,0x699C2D7CL,0xA7591C82L,0x699C2D7CL};
        const int64_t *l_616 = &l_367[4];
        const int64_t **l_615 = &l_616;
        const int64_t ***l_617 = &l_615;
        int32_t *l_621[2];
        int i, j, k;
        for (i = 0; i < 2; i++)
            l_621[i] = &g_288[l_109].f3;
        l_598[3]++;
        (*l_596) |= (((safe_lshift_func_uint16_t_u_s(((g_288[l_109] , (g_288[4].f3 = ((safe_mod_func_int8_t_s_s((((safe_div_func_uint16_t_u_u((g_607 , (g_160[l_109] , (safe_mul_func_uint8_t_u_u(((((safe_mul_func_uint8_t_u_u(0xE6L, (*g_419))) , (safe_mul_func_int8_t_s_s((safe_unary_minus_func_int8_t_s((-1L))), ((*g_419) = (((((*l_617) = l_615) != g_618) , (((**l_250) = (p_89 , p_90)) , p_86)) == 0x80A9L))))) || p_90) != 2UL), p_90)))), (*g_48))) || (*l_591)) | 0x96760F57L), l_620)) == (*g_310)))) , g_259.f0), (*g_48))) || 0UL) | (*l_595));
    }
    return l_622;
}




/* ---------------------------------------- */
int main (void)
{
    int i, j, k;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_2[i], "g_2[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_45, "g_45", print_hash_value);
    transparent_crc(g_47, "g_47", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_49[i], "g_49[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_51, "g_51", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_59[i], "g_59[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 10; k++)
            {
                transparent_crc(g_71[i][j][k], "g_71[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_95, "g_95", print_hash_value);
    transparent_crc(g_118, "g_118", print_hash_value);
    transparent_crc(g_127, "g_127", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_136[i], "g_136[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_140, "g_140", print_hash_value);
    transparent_crc(g_142, "g_142", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_155[i][j].f0, "g_155[i][j].f0", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_160[i], "g_160[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_166, "g_166", print_hash_value);
    transparent_crc(g_175, "g_175", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_177[i], "g_177[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_180, "g_180", print_hash_value);
    transparent_crc_bytes (&g_198, sizeof(g_198), "g_198", print_hash_value);
    transparent_crc(g_201, "g_201", print_hash_value);
    transparent_crc(g_213, "g_213", print_hash_value);
    transparent_crc(g_219, "g_219", print_hash_value);
    transparent_crc(g_259.f0, "g_259.f0", print_hash_value);
    transparent_crc(g_266.f0, "g_266.f0", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_288[i].f0, "g_288[i].f0", print_hash_value);
        transparent_crc(g_288[i].f1, "g_288[i].f1", print_hash_value);
        transparent_crc(g_288[i].f2, "g_288[i].f2", print_hash_value);
        transparent_crc(g_288[i].f3, "g_288[i].f3", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_434, "g_434", print_hash_value);
    transparent_crc(g_534, "g_534", print_hash_value);
    transparent_crc(g_607.f0, "g_607.f0", print_hash_value);
    transparent_crc(g_681.f0, "g_681.f0", print_hash_value);
    transparent_crc(g_696, "g_696", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc_bytes(&g_746[i][j], sizeof(g_746[i][j]), "g_746[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc_bytes (&g_750, sizeof(g_750), "g_750", print_hash_value);
    transparent_crc(g_839.f0, "g_839.f0", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_849[i].f0, "g_849[i].f0", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_880.f0, "g_880.f0", print_hash_value);
    transparent_crc(g_948.f0, "g_948.f0", print_hash_value);
    transparent_crc(g_966, "g_966", print_hash_value);
    transparent_crc(g_985, "g_985", print_hash_value);
    transparent_crc(g_1002, "g_1002", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_1011[i].f0, "g_1011[i].f0", print_hash_value);
        transparent_crc(g_1011[i].f1, "g_1011[i].f1", print_hash_value);
        transparent_crc(g_1011[i].f2, "g_1011[i].f2", print_hash_value);
        transparent_crc(g_1011[i].f3, "g_1011[i].f3", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1084, "g_1084", print_hash_value);
    transparent_crc(g_1207.f0, "g_1207.f0", print_hash_value);
    transparent_crc(g_1207.f1, "g_1207.f1", print_hash_value);
    transparent_crc(g_1207.f2, "g_1207.f2", print_hash_value);
    transparent_crc(g_1207.f3, "g_1207.f3", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 9; j++)
        {
            transparent_crc(g_1280[i][j], "g_1280[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1293, "g_1293", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_1312[i][j][k].f0, "g_1312[i][j][k].f0", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_1314, "g_1314", print_hash_value);
    transparent_crc(g_1317, "g_1317", print_hash_value);
    transparent_crc(g_1350.f0, "g_1350.f0", print_hash_value);
    transparent_crc(g_1429, "g_1429", print_hash_value);
    transparent_crc_bytes (&g_1495, sizeof(g_1495), "g_1495", print_hash_value);
    transparent_crc(g_1496, "g_1496", print_hash_value);
    transparent_crc(g_1513, "g_1513", print_hash_value);
    transparent_crc(g_1586, "g_1586", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_1641[i], "g_1641[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1676, "g_1676", print_hash_value);
    transparent_crc(g_1691.f0, "g_1691.f0", print_hash_value);
    transparent_crc(g_1692.f0, "g_1692.f0", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_1693[i].f0, "g_1693[i].f0", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1700, "g_1700", print_hash_value);
    transparent_crc(g_1710.f0, "g_1710.f0", print_hash_value);
    transparent_crc(g_1799.f0, "g_1799.f0", print_hash_value);
    transparent_crc(g_1859, "g_1859", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_2007[i], "g_2007[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_2046.f0, "g_2046.f0", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_2087[i].f0, "g_2087[i].f0", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_2117.f0, "g_2117.f0", print_hash_value);
    transparent_crc(g_2157, "g_2157", print_hash_value);
    transparent_crc(g_2206, "g_2206", print_hash_value);
    transparent_crc(g_2294, "g_2294", print_hash_value);
    transparent_crc(g_2295.f0, "g_2295.f0", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 9; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_2324[i][j][k], "g_2324[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_2403[i].f0, "g_2403[i].f0", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_2447[i][j].f0, "g_2447[i][j].f0", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_2545, "g_2545", print_hash_value);
    transparent_crc(g_2567, "g_2567", print_hash_value);
    transparent_crc(g_2652.f0, "g_2652.f0", print_hash_value);
    transparent_crc(g_2658.f0, "g_2658.f0", print_hash_value);
    transparent_crc(g_2703.f0, "g_2703.f0", print_hash_value);
    transparent_crc(g_2801.f0, "g_2801.f0", print_hash_value);
    transparent_crc(g_2812, "g_2812", print_hash_value);
    transparent_crc(g_2877.f0, "g_2877.f0", print_hash_value);
    transparent_crc(g_2906.f0, "g_2906.f0", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_2924[i][j][k], "g_2924[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 6; k++)
            {
                transparent_crc(g_2948[i][j][k], "g_2948[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 9; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_2998[i][j][k].f0, "g_2998[i][j][k].f0", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_3045.f0, "g_3045.f0", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_3055[i][j][k].f0, "g_3055[i][j][k].f0", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_3160, "g_3160", print_hash_value);
    transparent_crc(g_3190.f0, "g_3190.f0", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 7; k++)
            {
                transparent_crc(g_3298[i][j][k].f0, "g_3298[i][j][k].f0", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_3342, "g_3342", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_3552[i].f0, "g_3552[i].f0", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_3574, "g_3574", print_hash_value);
    transparent_crc(g_3587.f0, "g_3587.f0", print_hash_value);
    transparent_crc(g_3630, "g_3630", print_hash_value);
    transparent_crc(g_3681, "g_3681", print_hash_value);
    transparent_crc(g_3740, "g_3740", print_hash_value);
    transparent_crc_bytes (&g_3744, sizeof(g_3744), "g_3744", print_hash_value);
    transparent_crc(g_3760.f0, "g_3760.f0", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_3764[i], "g_3764[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_3991.f0, "g_3991.f0", print_hash_value);
    transparent_crc(g_4006, "g_4006", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 1136
XXX total union variables: 65

XXX non-zero bitfields defined in structs: 2
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 0
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 51
breakdown:
   indirect level: 0, occurrence: 16
   indirect level: 1, occurrence: 13
   indirect level: 2, occurrence: 9
   indirect level: 3, occurrence: 4
   indirect level: 4, occurrence: 7
   indirect level: 5, occurrence: 2
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 19
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 29
XXX times a single bitfield on LHS: 1
XXX times a single bitfield on RHS: 26

XXX max expression depth: 45
breakdown:
   depth: 1, occurrence: 422
   depth: 2, occurrence: 96
   depth: 3, occurrence: 10
   depth: 4, occurrence: 15
   depth: 5, occurrence: 11
   depth: 7, occurrence: 4
   depth: 8, occurrence: 2
   depth: 9, occurrence: 3
   depth: 10, occurrence: 1
   depth: 11, occurrence: 1
   depth: 13, occurrence: 3
   depth: 14, occurrence: 2
   depth: 15, occurrence: 2
   depth: 16, occurrence: 3
   depth: 17, occurrence: 5
   depth: 18, occurrence: 3
   depth: 19, occurrence: 4
   depth: 20, occurrence: 3
   depth: 21, occurrence: 8
   depth: 22, occurrence: 3
   depth: 23, occurrence: 3
   depth: 24, occurrence: 4
   depth: 25, occurrence: 3
   depth: 26, occurrence: 5
   depth: 27, occurrence: 3
   depth: 28, occurrence: 2
   depth: 29, occurrence: 5
   depth: 30, occurrence: 1
   depth: 31, occurrence: 2
   depth: 32, occurrence: 2
   depth: 34, occurrence: 1
   depth: 35, occurrence: 3
   depth: 36, occurrence: 2
   depth: 37, occurrence: 1
   depth: 39, occurrence: 2
   depth: 41, occurrence: 2
   depth: 43, occurrence: 2
   depth: 44, occurrence: 1
   depth: 45, occurrence: 1

XXX total number of pointers: 739

XXX times a variable address is taken: 1881
XXX times a pointer is dereferenced on RHS: 713
breakdown:
   depth: 1, occurrence: 535
   depth: 2, occurrence: 113
   depth: 3, occurrence: 48
   depth: 4, occurrence: 16
   depth: 5, occurrence: 1
XXX times a pointer is dereferenced on LHS: 593
breakdown:
   depth: 1, occurrence: 484
   depth: 2, occurrence: 76
   depth: 3, occurrence: 25
   depth: 4, occurrence: 8
XXX times a pointer is compared with null: 75
XXX times a pointer is compared with address of another variable: 20
XXX times a pointer is compared with another pointer: 17
XXX times a pointer is qualified to be dereferenced: 18189

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 2554
   level: 2, occurrence: 660
   level: 3, occurrence: 339
   level: 4, occurrence: 94
   level: 5, occurrence: 115
XXX number of pointers point to pointers: 350
XXX number of pointers point to scalars: 349
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 29.6
XXX average alias set size: 1.42

XXX times a non-volatile is read: 3547
XXX times a non-volatile is write: 1750
XXX times a volatile is read: 139
XXX    times read thru a pointer: 44
XXX times a volatile is write: 41
XXX    times written thru a pointer: 10
XXX times a volatile is available for access: 3.54e+03
XXX percentage of non-volatile access: 96.7

XXX forward jumps: 1
XXX backward jumps: 13

XXX stmts: 419
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 38
   depth: 1, occurrence: 48
   depth: 2, occurrence: 47
   depth: 3, occurrence: 74
   depth: 4, occurrence: 84
   depth: 5, occurrence: 128

XXX percentage a fresh-made variable is used: 15.1
XXX percentage an existing variable is used: 84.9
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

