import { readFileSync } from "node:fs";
const V = "аеёиоуыэюяй";
function polivanov(t) {
  return t.replace(/дзя/g,"ja").replace(/дзю/g,"ju").replace(/дзё/g,"jo").replace(/дзи/g,"ji").replace(/дз/g,"z")
   .replace(/ся/g,"sha").replace(/сю/g,"shu").replace(/сё/g,"sho").replace(/си/g,"shi")
   .replace(/тя/g,"cha").replace(/тю/g,"chu").replace(/тё/g,"cho").replace(/ти/g,"chi").replace(/цу/g,"tsu")
   .replace(/([кгнхмрбп])я/g,"$1ya").replace(/([кгнхмрбп])ю/g,"$1yu").replace(/([кгнхмрбп])ё/g,"$1yo")
   .replace(/ё/g,"yo").replace(/ю/g,"yu").replace(/я/g,"ya").replace(/й/g,"i")
   .replace(/[а-я]/g,(c)=>({а:"a",б:"b",в:"w",г:"g",д:"d",е:"e",ж:"j",з:"z",и:"i",к:"k",л:"r",м:"m",н:"n",о:"o",п:"p",р:"r",с:"s",т:"t",у:"u",ф:"f",х:"h",ц:"ts",ч:"ch",ш:"sh",ы:"i",ь:"",ъ:"",э:"e"})[c]??c);
}
function palladius(t) {
  let s = t;
  const rules = [[/цзы/g,"zi"],[/цы/g,"ci"],[/сы/g,"si"],[/чжи/g,"zhi"],[/чж/g,"zh"],[/цз(?=[июяеё])/g,"j"],[/цз/g,"z"],[/ц(?=[июяеё])/g,"q"],[/с(?=[июяеё])/g,"x"],
    [/жи/g,"ri"],[/ж/g,"r"],[/ч(?=[июяеё])/g,"q"],
    [/юнь/g,"un"],[/юань/g,"uan"],[/юэ/g,"ue"],[/юй/g,"u"],[/юн/g,"iong"],[/ун(?![аеёиоуыэюя])/g,"ong"],
    [/([^аеёиоуыэюя])я/g,"$1ia"],[/([^аеёиоуыэюя])е/g,"$1ie"],[/([^аеёиоуыэюя])ю/g,"$1iu"],
    [/^я/g,"ya"],[/^е/g,"ye"],[/^ю/g,"you"],[/нь/g,"n"],[/н(?![аеёиоуыэюяь])/g,"ng"],[/уй/g,"ui"],[/эй/g,"ei"],[/ай/g,"ai"],[/уэ/g,"ue"]];
  for (const [re, to] of rules) s = s.replace(re, to);
  return s.replace(/[а-я]/g,(c)=>({а:"a",б:"b",в:"w",г:"g",д:"d",е:"e",и:"i",й:"i",к:"k",л:"l",м:"m",н:"n",о:"o",п:"p",р:"r",с:"s",т:"t",у:"u",ф:"f",х:"h",ц:"c",ч:"ch",ш:"sh",ы:"i",ь:"",ъ:"",э:"e"})[c]??c);
}
const strip = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/ō/g,"o").replace(/ū/g,"u");
let p = 0, q = 0, n = 0;
for (const line of readFileSync("/tmp/ru-miss.txt","utf8").split("\n").slice(6)) {
  const [target, expected] = line.split("\t").map((s) => s?.trim());
  if (!target || !expected) continue; n++;
  const e = strip(expected).replace(/[^a-z]/g, "");
  if (polivanov(target) === e) { p++; console.log("POL", target, e); }
  else if (palladius(target) === e) { q++; console.log("PAL", target, e); }
}
console.log(n, "misses; polivanov exact", p, "palladius exact", q);
